/** Where a photo was taken, in signed decimal degrees (south and west are negative). */
export interface GpsPosition {
  latitude: number;
  longitude: number;
}

/** EXIF GPS IFD: degrees, minutes, seconds as three rationals, and a separate N/S or E/W reference. */
export function exifGps(latitude: unknown, latitudeRef: unknown, longitude: unknown, longitudeRef: unknown): GpsPosition | null {
  const lat = signed(degreesOf(latitude), refOf(latitudeRef), 'N', 'S');
  const lon = signed(degreesOf(longitude), refOf(longitudeRef), 'E', 'W');
  return position(lat, lon);
}

const XMP_COORDINATE = /^(\d{1,3}),(\d{1,2}(?:\.\d+)?)(?:,(\d{1,2}(?:\.\d+)?))?([NSEW])$/i;

/** XMP exif:GPSLatitude / exif:GPSLongitude: "DDD,MM,SSk" or "DDD,MM.mmk", k one of N S E W. */
export function xmpGps(latitude: string, longitude: string): GpsPosition | null {
  return position(xmpCoordinate(latitude, 'N', 'S'), xmpCoordinate(longitude, 'E', 'W'));
}

function xmpCoordinate(value: string, positive: string, negative: string): number | null {
  const match = XMP_COORDINATE.exec(value.trim());
  if (!match) return null;
  const degrees = Number(match[1]) + Number(match[2]) / 60 + Number(match[3] ?? 0) / 3600;
  return signed(degrees, match[4]!.toUpperCase(), positive, negative);
}

function degreesOf(value: unknown): number | null {
  const parts = Array.isArray(value) ? value : [value];
  if (parts.length === 0 || parts.length > 3 || !parts.every((part) => typeof part === 'number' && Number.isFinite(part) && part >= 0)) return null;
  const [degrees, minutes = 0, seconds = 0] = parts as number[];
  return degrees! + minutes / 60 + seconds / 3600;
}

function refOf(value: unknown): string {
  const text = Buffer.isBuffer(value) ? value.toString('latin1') : typeof value === 'string' ? value : '';
  return text.replace(/\0/g, '').trim().toUpperCase();
}

function signed(degrees: number | null, ref: string, positive: string, negative: string): number | null {
  if (degrees === null) return null;
  if (ref === negative) return -degrees;
  // a missing reference is read as north/east, as most readers do; a wrong letter makes it unusable
  return ref === positive || ref === '' ? degrees : null;
}

function position(latitude: number | null, longitude: number | null): GpsPosition | null {
  if (latitude === null || longitude === null) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { latitude, longitude };
}
