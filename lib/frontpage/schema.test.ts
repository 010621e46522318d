import { describe, expect, it } from 'vitest';
import { DUPLICATE_PIN_MESSAGE, breakingInput, breakingSchema, frontPageFieldOf, frontPageInput, frontPageSchema } from './schema';

const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe('front-page form schema', () => {
  it('keeps the featured stories in the order of the form and reads expiries on a Vietnamese clock', () => {
    const parsed = frontPageSchema.parse(
      frontPageInput(form([['lead', 'a'], ['leadExpires', '2099-01-01T07:00'], ['featured', 'c'], ['featuredExpires', ''], ['featured', 'b'], ['featuredExpires', '2099-01-02T00:30'], ['section:kinh-te', 'd'], ['section-expires:kinh-te', ''], ['section:le-hoi-mua-xuan', 'e'], ['section-expires:le-hoi-mua-xuan', '2099-01-01T07:00'], ['section:van-hoa', '']])),
    );
    expect(parsed).toEqual({
      lead: { articleId: 'a', expiresAt: '2099-01-01T00:00:00.000Z' },
      featured: [{ articleId: 'c', expiresAt: null }, { articleId: 'b', expiresAt: '2099-01-01T17:30:00.000Z' }],
      // Any section the form offered, not only the initial six (sections are data, lib/sections).
      sections: { 'kinh-te': { articleId: 'd', expiresAt: null }, 'le-hoi-mua-xuan': { articleId: 'e', expiresAt: '2099-01-01T00:00:00.000Z' } },
    });
  });

  it('refuses a story pinned twice, naming the field', () => {
    const r = frontPageSchema.safeParse(frontPageInput(form([['lead', 'a'], ['featured', 'b'], ['featured', 'a']])));
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ message: DUPLICATE_PIN_MESSAGE });
    expect(frontPageFieldOf(r.error!.issues[0].path)).toBe('featured.1');
  });

  it('refuses an expiry in the past or that is not a time, in Vietnamese', () => {
    const past = frontPageSchema.safeParse(frontPageInput(form([['lead', 'a'], ['leadExpires', '2001-01-01T00:00']])));
    expect(past.error!.issues[0].message).toMatch(/đã qua/);
    expect(frontPageFieldOf(past.error!.issues[0].path)).toBe('leadExpires');
    const junk = frontPageSchema.safeParse(frontPageInput(form([['featured', 'a'], ['featuredExpires', '31/02 giờ trưa']])));
    expect(junk.error!.issues[0].message).toMatch(/không hợp lệ/);
  });

  it('refuses more featured stories than the home page has slots', () => {
    expect(frontPageSchema.safeParse(frontPageInput(form(['a', 'b', 'c', 'd', 'e'].map((id) => ['featured', id] as [string, string])))).success).toBe(false);
  });

  it('banner: one line, not empty, not too long, linked to an article', () => {
    expect(breakingSchema.safeParse(breakingInput(form([['text', '  Bão số 9  '], ['articleId', 'x'], ['expiresAt', '']])))).toMatchObject({ success: true, data: { text: 'Bão số 9', expiresAt: null } });
    expect(breakingSchema.safeParse(breakingInput(form([['text', 'Dòng một\nDòng hai'], ['articleId', 'x']]))).success).toBe(false);
    expect(breakingSchema.safeParse(breakingInput(form([['text', 'x'.repeat(121)], ['articleId', 'x']]))).success).toBe(false);
    expect(breakingSchema.safeParse(breakingInput(form([['text', 'Bão'], ['articleId', '']]))).error!.issues[0].message).toBe('Hãy chọn một bài.');
  });
});
