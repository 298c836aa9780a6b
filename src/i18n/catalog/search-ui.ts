import type { Catalog } from './types.ts';

/** UI strings of search: the header launcher, the dialog, the /search/ page and its results. */
export const searchUi = {
  'search.launch': { ko: '검색', en: 'Search' },
  'search.title': { ko: '검색', en: 'Search' },
  'search.description': {
    ko: 'emr-prep의 노트, 문제, 별칭, 태그를 한국어나 영어로 검색합니다. 오타, 조사, 초성(ㅅㅍ)도 됩니다. #태그로 좁힐 수 있습니다.',
    en: 'Search the emr-prep notes, question stems, aliases and tags in Korean or English, with typos, particles and initial consonants; #tag limits to a tag.',
  },
  'search.inputLabel': { ko: '검색어', en: 'Search terms' },
  'search.submit': { ko: '검색', en: 'Search' },
  'search.pagePlaceholder': {
    ko: '예: 스팟 인스턴스, ㅅㅍ, #service/emr 스팟',
    en: 'e.g. spot instance, executor memory, #service/emr spot',
  },
  'search.dialogPlaceholder': {
    ko: '노트·문제·태그 검색 (예: 스팟 인스턴스)',
    en: 'Search notes, questions, tags (e.g. spot instance)',
  },
  'search.pageHelp': {
    ko: '한국어·영어, 조사, 오타, 초성(ㅅㅍ)으로 찾을 수 있습니다. #service/emr처럼 태그로 좁힐 수 있습니다.',
    en: 'Korean or English, with particles, typos or initial consonants; #service/emr limits to a tag.',
  },
  'search.dialogHelp': { ko: '↑↓ 이동 · Enter 열기 · Esc 닫기 · #태그 필터', en: '↑↓ move · Enter open · Esc close · #tag filters' },
  'search.close': { ko: '닫기', en: 'Close' },
  'search.noscript': {
    ko: '검색에는 자바스크립트가 필요합니다. 태그와 노트 목록에서 찾아보세요.',
    en: 'Search needs JavaScript; browse the tags or the list of notes instead.',
  },
  'search.results': { ko: '검색 결과', en: 'Results' },
  'search.openPage': { ko: '검색 페이지에서 보기', en: 'Open the search page' },
  'search.failedLoad': { ko: '검색을 불러오지 못했습니다: ', en: 'Search did not load: ' },
  'search.failed': { ko: '검색할 수 없습니다: {message}', en: 'Search failed: {message}' },
  'search.indexFailed': { ko: '검색 색인을 불러오지 못했습니다: {message}', en: 'The search index did not load: {message}' },
  'search.unknownTag': { ko: '알 수 없는 태그: {tags}', en: 'Unknown tag: {tags}' },
  'search.noResults': { ko: '결과 없음', en: 'No results' },
  'search.resultCount': { ko: '결과 {count}개', en: ({ count }) => `${count} result${count === 1 ? '' : 's'}` },
  'search.notFoundWords': { ko: '찾지 못한 단어: {words}', en: 'Not found: {words}' },
  'search.kind.note': { ko: '노트', en: 'Note' },
  'search.kind.question': { ko: '문제', en: 'Question' },
  'search.kind.alias': { ko: '별칭', en: 'Alias' },
  'search.kind.tag': { ko: '태그', en: 'Tag' },
} satisfies Catalog;
