import type { TextSegment } from '../../shared/search/highlight';

/**
 * Highlighted text as React elements: article text is never parsed as HTML, so a headline that
 * contains "<b>" shows those characters, and nothing a reporter typed can inject markup.
 */
export function Highlighted({ segments }: { segments: readonly TextSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
