/**
 * Reading rich text back as it was written: SharePoint Online wraps enhanced rich text in
 * `<div class="ExternalClass<32 hex>">…</div>`; the data layer removes exactly that wrapper.
 */
import { readRichText } from '../../src/data/fields';
import { unwrapExternalClass } from '../../src/data/richTextStorage';

describe('the ExternalClass wrapper', () => {
  test.each([
    ['<div class="ExternalClass0A1B2C3D4E5F60718293A4B5C6D7E8F9"><p>Två fel.</p></div>', '<p>Två fel.</p>'],
    ['<div class="ExternalClass0a1b2c3d4e5f60718293a4b5c6d7e8f9">Ren text</div>', 'Ren text'],
    ['<div class="ExternalClass0A1B2C3D4E5F60718293A4B5C6D7E8F9"><div>inre</div></div>', '<div>inre</div>'],
    ['<p>Aldrig inslaget</p>', '<p>Aldrig inslaget</p>'],
    ['<div class="ExternalClassKORT"><p>x</p></div>', '<div class="ExternalClassKORT"><p>x</p></div>'],
    ['<div class="annan"><p>x</p></div>', '<div class="annan"><p>x</p></div>']
  ])('%s reads as %s', (stored, read) => {
    expect(unwrapExternalClass(stored)).toBe(read);
  });

  test('an empty wrapped value reads as no value', () => {
    expect(readRichText({ Kommentar: '<div class="ExternalClass0A1B2C3D4E5F60718293A4B5C6D7E8F9"></div>' }, 'Kommentar')).toBeUndefined();
    expect(readRichText({ Kommentar: null }, 'Kommentar')).toBeUndefined();
  });
});
