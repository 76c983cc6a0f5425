import { useEffect, useState } from 'react';
import { photoUrl, type RenditionSize } from './photo-urls';

interface PhotoImageProps {
  mediaId: string;
  size: RenditionSize;
  alt: string;
  width?: number;
  height?: number;
}

/** A rendition fetched over the contract; nothing is shown until its bytes are there. */
export function PhotoImage({ mediaId, size, alt, width, height }: PhotoImageProps) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    photoUrl(mediaId, size).then((url) => live && setSrc(url), () => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [mediaId, size]);
  return src ? <img src={src} alt={alt} width={width} height={height} loading="lazy" /> : <span className="photo-image--loading" />;
}
