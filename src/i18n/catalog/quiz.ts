import type { Catalog } from './types.ts';

/**
 * UI strings of the quiz area (/quiz/, /quiz/history/, the quiz status in the header and on the
 * home page). Korean first; `{name}` placeholders are filled by `t()`.
 */
export const quiz = {
  'quiz.verdict.label': { ko: '채점 결과', en: 'Verdict' },
  'quiz.verdict.key': { ko: '정답', en: 'Answer key' },
  'quiz.verdict.yourReason': { ko: '내 답 {label}', en: 'Your answer {label}' },
  'quiz.verdict.noReason': { ko: '설명 없음', en: 'no explanation given' },
  'quiz.verdict.more': { ko: '보기별 해설은 아래에 있습니다.', en: 'Every option’s reason is below.' },
  'quiz.status.label': { ko: '퀴즈 현황', en: 'Quiz status' },
  'quiz.status.due': { ko: '복습 {count}', en: '{count} due' },
  'quiz.status.dueTitle': { ko: '지금 복습할 문제 {count}개', en: '{count} questions due for review now' },
  'quiz.status.continue': { ko: '이어 풀기', en: 'Continue' },
  'quiz.status.continueShort': { ko: '이어 풀기 {answered}/{total}', en: 'Continue {answered}/{total}' },
  'quiz.status.continueTitle': {
    ko: '진행 중인 퀴즈 이어 풀기 ({answered}/{total})',
    en: 'Continue the quiz in progress ({answered}/{total})',
  },
  'quiz.quick.title': { ko: '바로 시작', en: 'Quick start' },
  'quiz.quick.loading': { ko: '문제를 불러오는 중…', en: 'Loading the questions…' },
  'quiz.quick.continue': { ko: '이어 풀기', en: 'Continue' },
  'quiz.quick.continueDetail': { ko: '{answered}/{total} 답함', en: '{answered}/{total} answered' },
  'quiz.quick.due': { ko: '복습 시작', en: 'Start review' },
  'quiz.quick.dueDetail': {
    ko: '지금 복습할 문제 {count}개',
    en: ({ count }) => `${count} question${count === 1 ? '' : 's'} due now`,
  },
  'quiz.quick.dueNext': { ko: '지금은 없습니다. 다음 복습: {when}', en: 'Nothing due now; next review {when}' },
  'quiz.quick.dueNone': {
    ko: '아직 복습 카드가 없습니다. 문제를 풀면 복습 일정이 잡힙니다.',
    en: 'No review cards yet: every question you answer gets scheduled.',
  },
  'quiz.quick.random': { ko: '무작위 10문제', en: '10 random questions' },
  'quiz.quick.randomDetail': { ko: '연습 · 바로 채점', en: 'practice · instant feedback' },
  'quiz.quick.weak': { ko: '약한 주제', en: 'Weakest topics' },
  'quiz.quick.weakNone': { ko: '기록이 쌓이면 약한 주제를 골라 줍니다', en: 'after a few answers we pick your weakest topics' },
  'quiz.quick.exam': { ko: '모의고사', en: 'Mock exam' },
  'quiz.quick.examDetail': { ko: '{count}문제 · {minutes}분', en: '{count} questions · {minutes} min' },
  'quiz.quick.builder': { ko: '직접 고르기 (주제·노트·방식)', en: 'Build your own (topics, notes, mode)' },
  'quiz.quick.progress': { ko: '내 실력 보기', en: 'Where I stand' },
  'quiz.exam.domain': { ko: '영역', en: 'Domain' },
  'quiz.exam.byDomain': { ko: '영역별 점수', en: 'Score per domain' },
  'quiz.exam.scaled': { ko: '환산 점수 {score} / 1000 (합격 {pass})', en: 'Scaled score {score} / 1000 (pass {pass})' },
  'quiz.exam.shortfall': {
    ko: '문제은행이 영역 “{domain}”을(를) 채우지 못했습니다: {wanted}문제 중 {got}문제',
    en: 'The question bank could not fill the domain “{domain}”: {got} of {wanted} questions',
  },
  'quiz.exam.unknown': { ko: '모의고사 “{id}”이(가) 없습니다', en: 'There is no mock exam “{id}”' },
  'quiz.exam.study': { ko: '공부하기', en: 'Study' },
  'quiz.exam.review': { ko: '복습 퀴즈', en: 'Review quiz' },
  'quiz.results.byTopic': { ko: '주제별 점수', en: 'Score per topic' },
  'quiz.results.tags': { ko: '태그별 점수 보기', en: 'Show the score per tag' },
} satisfies Catalog;
