/** What a dump's headline line carries beside the headline (metadata/text/text-metadata.ts, tidyTitle). */
import { describe, expect, it } from 'vitest';
import { tidyTitle } from '../src/metadata/text/text-metadata.js';

describe('a dump title without what surrounds the headline', () => {
  it("drops a text browser's image placeholders before it", () => {
    expect(tidyTitle('[blog] 10 Tips to Successfully Complete Online Courses')).toBe('10 Tips to Successfully Complete Online Courses');
    expect(tidyTitle('[doc][doc]Docusaurus')).toBe('Docusaurus');
  });

  it('keeps a bracketed year or phrase that belongs to the headline', () => {
    expect(tidyTitle('[2025] Massive List of Free Certificates')).toBe('[2025] Massive List of Free Certificates');
    expect(tidyTitle('[Official thread] 2024 general election discussion')).toBe('[Official thread] 2024 general election discussion');
  });

  it("drops a breadcrumb's arrow and an aggregator's linked site and comment count", () => {
    expect(tidyTitle('» Open source forum software')).toBe('Open source forum software');
    expect(tidyTitle('Grads Find Their Degrees No Longer Guarantee Jobs (latimes.com) 87')).toBe('Grads Find Their Degrees No Longer Guarantee Jobs');
    expect(tidyTitle('Why we moved to Postgres (blog.example.co.uk)')).toBe('Why we moved to Postgres');
  });

  it('keeps a parenthesis that is not a site, and never leaves nothing', () => {
    expect(tidyTitle('The Ferry Timetable (Updated)')).toBe('The Ferry Timetable (Updated)');
    expect(tidyTitle('[logo]')).toBe('[logo]');
  });
});
