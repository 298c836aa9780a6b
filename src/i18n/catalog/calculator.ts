import type { Catalog } from './types.ts';

/**
 * UI strings of the /calculator/ island (src/islands/calculator). The island still shows some of
 * them in both languages (`ko · en`) or in English only, as before the catalog; the i18n work
 * switches those call sites to `t(key, currentLang())`.
 */
export const calculator = {
  'calc.task.remove': { ko: '태스크 그룹 {n} 삭제', en: 'Remove task group {n}' },
  'calc.status.fixInput': {
    ko: '입력을 고쳐 주세요 ({count})',
    en: ({ count }) => `Fix ${count === 1 ? 'this field' : `these ${count} fields`} to see the findings`,
  },
  'calc.status.valid': { ko: '유효한 설정', en: 'Valid configuration' },
  'calc.status.invalid': { ko: '유효하지 않은 설정', en: 'Invalid configuration: {rules}' },
  'calc.status.validDetail': {
    ko: 'AWS 문서와 그로부터 도출한 계산에서 오류를 찾지 못했습니다.',
    en: 'AWS documentation and derived arithmetic find no error.',
  },
  'calc.status.invalidDetail': {
    ko: '문서화된 규칙(AWS 또는 Spark 문서, 도출한 계산)에 따르면 이 설정은 설명대로 동작할 수 없습니다.',
    en: 'A documented rule (AWS or Spark documentation, derived arithmetic) says this configuration cannot work as described.',
  },
  'calc.timing': { ko: '규칙 평가 {ms} ms', en: 'rules evaluated in {ms} ms' },
  'calc.link.copy': { ko: '링크 복사', en: 'Copy link' },
  'calc.link.ignored': {
    ko: '링크의 일부 설정을 쓸 수 없어 무시했습니다',
    en: 'Some settings in the link could not be used and were ignored:',
  },
} satisfies Catalog;
