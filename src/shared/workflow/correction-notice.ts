import { formatPublishTime } from '../text/newsroom-time';

/** The heading the press law requires on a correction. */
export const CORRECTION_HEADING = 'Thông tin cải chính, xin lỗi';

export interface CorrectedStory {
  headline: string;
  category: string;
  /** When the original was published (UTC). */
  publishedAt: string;
}

/**
 * The correction notice: the required heading, the original story's title, category and date,
 * then the editor's own words about what was wrong.
 */
export function composeCorrectionNotice(original: CorrectedStory, explanation: string): string {
  const when = formatPublishTime(original.publishedAt);
  const lines = [
    CORRECTION_HEADING,
    `Bài “${original.headline}” đăng trên chuyên mục ${original.category}, ${when}, có thông tin chưa chính xác.`,
  ];
  if (explanation.trim()) lines.push(explanation.trim());
  lines.push('Tòa soạn xin cải chính và thành thật xin lỗi bạn đọc cùng các cá nhân, tổ chức liên quan.');
  return lines.join('\n');
}
