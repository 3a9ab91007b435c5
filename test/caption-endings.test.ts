/**
 * drop-captions reads a caption's last characters without a regex (a pattern anchored with $
 * is tried at every position of the line): these are the endings it must still tell apart.
 */
import { describe, expect, it } from 'vitest';
import { isCaption } from '../src/rules/prune/drop-captions.js';

describe('caption endings read from the end', () => {
  it('a kind of photo closes a caption, in any case, singular or plural, with or without a full stop', () => {
    for (const line of ['Sandbags on Mill Lane. Submitted photo', 'The weir in 2019. FILE PHOTOS.', 'Rescue crews at work. Courtesy image.', 'The old mill. Staff Pictures']) {
      expect(isCaption(line, line.split(' ').length), line).toBe(true);
    }
  });

  it('the word must end the line, once: no second full stop, no second s, no other word after it', () => {
    for (const line of ['The weir in 2019. File photo..', 'The weir in 2019. File photoss', 'The weir in 2019. File photo shoot', 'A file photo of the weir was shown to the council']) {
      expect(isCaption(line, line.split(' ').length), line).toBe(false);
    }
  });

  it('a bracketed credit counts with or without a full stop after the bracket, not with two', () => {
    expect(isCaption('The restored ceiling (Image: Lena Marsh)', 5)).toBe(true);
    expect(isCaption('The restored ceiling (Image: Lena Marsh).', 5)).toBe(true);
    expect(isCaption('The restored ceiling [Photo: AFP]', 4)).toBe(true);
    expect(isCaption('The restored ceiling (Image: Lena Marsh)..', 5)).toBe(false);
  });
});

describe('caption openings read by their first characters', () => {
  it('a self-named caption or post opens with one of its words, in any case', () => {
    for (const line of ['Image caption Protesters in the square', 'IMAGE COPYRIGHT Getty Images', 'Skip Twitter post by @newsdesk', 'End of Instagram post 2 by @gazette', 'YouTube post by @channel']) {
      expect(isCaption(line, line.split(' ').length), line).toBe(true);
    }
    expect(isCaption('The image caption was missing', 5)).toBe(false);
  });

  it('a picture-desk caption opens in capitals', () => {
    expect(isCaption('WASHINGTON, DC - NOVEMBER 19: Jennifer Williams, adviser to the vice president, arrives.', 12)).toBe(true);
    expect(isCaption('Washington, DC - NOVEMBER 19: Jennifer Williams, adviser to the vice president, arrives.', 12)).toBe(false);
    expect(isCaption('É.-U. - NOVEMBER 19: a caption that opens beyond ASCII', 10)).toBe(true);
  });
});
