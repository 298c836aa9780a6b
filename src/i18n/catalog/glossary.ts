import type { Catalog } from './types.ts';

/** UI strings of the glossary (용어집): the /glossary/ page and glossary hits in search. */
export const glossary = {
  'glossary.title': { ko: '용어집', en: 'Glossary' },
  'glossary.intro': {
    ko: 'AWS·EMR·Spark·YARN·HDFS 용어를 한국어와 영어로 정리했습니다. 검색창에는 어느 쪽으로 입력해도 됩니다(키네시스 = Kinesis).',
    en: 'AWS, EMR, Spark, YARN and HDFS terms in Korean and English. Search accepts either spelling (키네시스 = Kinesis).',
  },
  'glossary.count': { ko: '용어 {count}개', en: ({ count }) => `${count} term${count === 1 ? '' : 's'}` },
  'glossary.indexKo': { ko: '한글 색인 (ㄱ–ㅎ)', en: 'Korean index (ㄱ–ㅎ)' },
  'glossary.indexEn': { ko: '영문 색인 (A–Z)', en: 'English index (A–Z)' },
  'glossary.byKo': { ko: '한글 용어', en: 'By Korean term' },
  'glossary.byEn': { ko: '영문 용어', en: 'By English term' },
  'glossary.spellings': { ko: '다른 표기', en: 'Also written' },
  'glossary.notes': { ko: '배우는 노트', en: 'Notes that teach it' },
  'glossary.tags': { ko: '태그', en: 'Tags' },
  'glossary.seeEntry': { ko: '정의 보기', en: 'See the definition' },
  'glossary.backToTop': { ko: '색인으로', en: 'Back to the index' },
  'glossary.hitKind': { ko: '용어', en: 'Term' },
} satisfies Catalog;
