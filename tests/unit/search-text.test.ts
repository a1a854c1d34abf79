import { foldForSearch, foldWithOffsets } from '../../src/lib/search-text';
import { parseQuery } from '../../src/public-api/search/query';
import { highlight } from '../../src/public-api/search/snippet';

describe('accent folding', () => {
  it('folds Vietnamese to plain lower case, đ included, precomposed or not', () => {
    expect(foldForSearch('  Đống   Đa ')).toBe('dong da');
    expect(foldForSearch('Đống Đa'.normalize('NFD'))).toBe('dong da');
    expect(foldForSearch('ĐƯỜNG Nguyễn Trãi')).toBe('duong nguyen trai');
  });

  it('is self-contained, so the public site can write its source into the search page', () => {
    const copy = new Function(`return ${foldForSearch.toString()}`)() as (text: string) => string;
    expect(copy('  Đống   Đa ')).toBe('dong da');
  });

  it('knows where each folded character came from', () => {
    const text = 'Phố Đống Đa'.normalize('NFD');
    const { folded, origin } = foldWithOffsets(text);
    expect(folded).toBe('pho dong da');
    const start = folded.indexOf('dong');
    expect(text.slice(origin[start], origin[start + 3] + 1).normalize('NFC')).toBe('Đống');
  });
});

describe('search queries', () => {
  it('splits words, keeps quoted phrases together and folds both', () => {
    expect(parseQuery('"Phường Phú Lâm" đất-đai').terms).toEqual([['phuong', 'phu', 'lam'], ['dat'], ['dai']]);
    expect(parseQuery('  "" ... ').terms).toEqual([]);
  });
});

describe('highlighted snippets', () => {
  it('marks whole words in their original spelling (any word that folds alike) and escapes the rest', () => {
    expect(highlight('Khu <b>Đống Đa</b> và Đông Anh', ['dong', 'da'])).toBe('Khu &#60;b&#62;<mark>Đống</mark> <mark>Đa</mark>&#60;/b&#62; và <mark>Đông</mark> Anh');
  });

  it('shows the text around the first match, cut at a word', () => {
    const text = `${'Mở đầu rất dài. '.repeat(30)}Kết quả ở phường Đống Đa hôm nay.`;
    const snippet = highlight(text, ['dong', 'da'], 80);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet).toContain('<mark>Đống</mark> <mark>Đa</mark>');
    expect(snippet.length).toBeLessThan(140);
  });
});
