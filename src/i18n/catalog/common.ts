import type { Catalog } from './types.ts';

/** UI strings shared by every page: the header, navigation, footer and language switch. */
export const common = {
  'site.name': { ko: 'emr-prep', en: 'emr-prep' },
  'site.tagline': { ko: 'Amazon EMR 시험 대비 노트', en: 'Amazon EMR exam-prep notes' },
  'site.homeTitle': { ko: 'emr-prep — Amazon EMR 시험 대비 노트', en: 'emr-prep — Amazon EMR exam-prep notes' },
  'site.titleSuffix': { ko: '{title} · emr-prep', en: '{title} · emr-prep' },
  'site.footer': {
    ko: 'emr-prep — Amazon EMR 아키텍처 시험 대비 지식 베이스',
    en: 'emr-prep — an exam-prep knowledge base for Amazon EMR architecture',
  },
  'nav.label': { ko: '사이트', en: 'Site' },
  'nav.skip': { ko: '본문으로 건너뛰기', en: 'Skip to content' },
  'nav.home': { ko: '홈', en: 'Home' },
  'nav.notes': { ko: '노트', en: 'Notes' },
  'nav.tags': { ko: '태그', en: 'Tags' },
  'nav.quiz': { ko: '퀴즈', en: 'Quiz' },
  'nav.history': { ko: '기록', en: 'History' },
  'nav.calculator': { ko: '계산기', en: 'Calculator' },
  'lang.switch': { ko: 'English', en: '한국어' },
  'lang.switchLabel': { ko: '언어를 영어로 바꾸기', en: 'Switch the language to Korean' },
  'lang.switchPrefix': { ko: '화면 언어 바꾸기:', en: 'Switch the language:' },
  'common.none': { ko: '없음', en: 'none' },
  'common.loading': { ko: '불러오는 중…', en: 'Loading…' },
  'common.count.notes': { ko: '노트 {count}개', en: ({ count }) => `${count} note${count === 1 ? '' : 's'}` },
  'common.count.questions': { ko: '문제 {count}개', en: ({ count }) => `${count} question${count === 1 ? '' : 's'}` },
  'common.needsJs': { ko: '이 기능은 자바스크립트가 필요합니다.', en: 'This needs JavaScript.' },
} satisfies Catalog;
