import { describe, expect, test } from 'vitest';
import { bodyText } from '../../src/shared/editor/body-text';
import type { LaunchedApp } from './harness';
import { appsPerTest } from './setup';

const apps = appsPerTest();

const PARAGRAPH =
  'Tham dự hội nghị có lãnh đạo và cán bộ phụ trách thi đua của cụm. Cụm thi đua số 9 gồm Liên hiệp các Hội KH-KT 6 tỉnh: Sóc Trăng (Cụm trưởng), Bạc Liêu (Cụm phó), Cà Mau, Kiên Giang, Hậu Giang và TP. Cần Thơ.';

const journaledBody = (app: LaunchedApp): string =>
  app.core.drafts.recoverable(app.users['dkc']!.id).map((draft) => bodyText(draft.fields.body).blocks.join('\n'))[0] ?? '';

describe('a crash in the middle of typing', () => {
  test('the core and the window die without saving; on restart the reporter gets the journaled text back', async () => {
    const dataDir = apps.dataDir();
    let app = await apps.launch({ dataDir });
    const { page } = app;
    await page.getByRole('button', { name: 'Bài mới' }).click();
    await page.getByLabel('Nội dung', { exact: true }).click();

    // Typing goes on without a pause long enough for an autosave; only the journal keeps up.
    const typing = page.keyboard.type(PARAGRAPH, { delay: 15 }).catch(() => 'interrupted');
    await expect.poll(() => journaledBody(app).length, { timeout: 30_000 }).toBeGreaterThan(40);
    const journaledBeforeCrash = journaledBody(app);
    expect(app.core.desk.list({}).items).toEqual([]);

    // The crash: browser, page and core go away with no final save.
    await app.close();
    expect(await typing).toBe('interrupted');

    app = await apps.launch({ dataDir });
    const banner = app.page.getByRole('region', { name: 'Khôi phục bài chưa lưu' });
    await expect.poll(() => banner.count(), { timeout: 10_000 }).toBe(1);
    await banner.getByRole('button', { name: 'Khôi phục', exact: true }).click();

    const recovered = (await app.page.getByLabel('Nội dung', { exact: true }).textContent()) ?? '';
    // What comes back is what was typed, in order, at least up to what the journal held before the crash.
    expect(PARAGRAPH.startsWith(recovered)).toBe(true);
    expect(recovered.length).toBeGreaterThanOrEqual(journaledBeforeCrash.length);

    // Recovered text is saved as the article, and then no longer offered.
    // Autosave runs after a pause of a couple of seconds: wait for it, not for a fixed time.
    await expect.poll(() => app.core.desk.list({}).items.length, { timeout: 15_000 }).toBe(1);
    await expect.poll(() => app.core.drafts.recoverable(app.users['dkc']!.id), { timeout: 15_000 }).toEqual([]);
    const article = app.core.articles.get(app.core.desk.list({}).items[0]!.id);
    expect(bodyText(article.body).blocks.join('\n')).toBe(recovered);
  });
});
