import type { Catalog } from './types.ts';

/**
 * The fixed text of the quiz pages' HTML (the builder form, the /quiz/ and /quiz/history/ pages'
 * headings and help), rendered at build time in both languages — no script reads them, so no
 * script ships them. Korean first.
 */
export const quizPage = {
  'quiz.page.historyTitle': { ko: '퀴즈 기록', en: 'Quiz history' },
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
  'quiz.quick.exam': { ko: '모의고사', en: 'Mock exam' },
  'quiz.quick.builder': { ko: '직접 고르기 (주제·노트·방식)', en: 'Build your own (topics, notes, mode)' },
  'quiz.quick.progress': { ko: '내 실력 보기', en: 'Where I stand' },
  'quiz.link.title': { ko: '링크로 연 퀴즈', en: 'The quiz from your link' },
  'quiz.link.change': { ko: '설정 바꾸기', en: 'Change the settings' },
  'quiz.exam.domain': { ko: '영역', en: 'Domain' },
  'quiz.page.description': {
    ko: 'emr-prep 문제로 태그나 노트별 연습 퀴즈나 시간 제한 모의시험을 만들고, 태그별 점수와 정답, 모든 해설을 봅니다.',
    en: 'Build a practice quiz or a timed exam from the emr-prep questions by tag or note; see your score per tag, the key and every explanation.',
  },
  'quiz.page.noscript': {
    ko: '퀴즈는 자바스크립트가 필요합니다. 문제는 각 노트 페이지에서도 풀 수 있습니다.',
    en: 'The quiz needs JavaScript. Every question can also be answered on its note page.',
  },
  'quiz.page.inProgress': { ko: '퀴즈 진행', en: 'Quiz in progress' },
  'quiz.form.topics': { ko: '주제', en: 'Topics' },
  'quiz.form.topicsHelp': {
    ko: '태그나 노트를 고르세요. 여러 개를 고르면 합집합, 아무것도 고르지 않으면 모든 문제입니다.',
    en: 'Pick tags or notes: several make a union; none means every question.',
  },
  'quiz.form.byNote': { ko: '노트별로 고르기', en: 'Pick by note' },
  'quiz.form.mode': { ko: '방식', en: 'Mode' },
  'quiz.form.practice': { ko: '연습', en: 'Practice' },
  'quiz.form.practiceHelp': {
    ko: '답할 때마다 정답과 해설을 바로 봅니다. 시간 제한 없음.',
    en: 'See right or wrong, the key and every reason after each answer. Untimed.',
  },
  'quiz.form.exam': { ko: '모의시험', en: 'Timed exam' },
  'quiz.form.examHelp': {
    ko: '제출할 때까지 채점하지 않습니다. 기본 문제당 2분, 시간이 다 되면 자동 제출.',
    en: 'No feedback until you submit; 2 minutes per question by default; submits itself when time is up.',
  },
  'quiz.form.count': { ko: '문제 수', en: 'Questions' },
  'quiz.form.countPlaceholder': { ko: '전부', en: 'all' },
  'quiz.form.countHelp': { ko: '비우면 조건에 맞는 문제 전부', en: 'empty: all that match' },
  'quiz.form.limit': { ko: '제한 시간', en: 'Time limit' },
  'quiz.form.limitPlaceholder': { ko: '기본', en: 'default' },
  'quiz.form.limitHelp': {
    ko: '예: 130m, 45s, 2h, none(제한 없음). 숫자만 쓰면 분입니다.',
    en: 'e.g. 130m, 45s, 2h, none; a bare number is minutes',
  },
  'quiz.form.pass': { ko: '합격 점수 (%)', en: 'Passing score (%)' },
  'quiz.form.passHelp': { ko: '기본 72', en: 'default 72' },
  'quiz.form.seed': { ko: '시드', en: 'Seed' },
  'quiz.form.seedPlaceholder': { ko: '무작위', en: 'random' },
  'quiz.form.seedHelp': {
    ko: '시드와 설정이 같으면 누구에게나 같은 문제가 같은 순서로 나옵니다(영문자, 숫자, - 와 _).',
    en: 'Same seed and settings = the same questions in the same order for everyone (letters, digits, - and _).',
  },
  'quiz.form.start': { ko: '시작', en: 'Start' },
  'quiz.form.share': { ko: '이 퀴즈의 링크', en: 'Link to this quiz' },
  'quiz.historyPage.description': {
    ko: '이 브라우저에 저장된 emr-prep 퀴즈 시도, 점수 추이, 약한 태그와 복습 일정. JSON으로 내보내고 가져올 수 있습니다.',
    en: 'Your emr-prep quiz attempts, score trend, weakest tags and review schedule, kept in this browser; export and import them as JSON.',
  },
  'quiz.historyPage.noscript': {
    ko: '기록은 이 브라우저에 저장되며 자바스크립트가 필요합니다.',
    en: 'Your history is kept in this browser and needs JavaScript.',
  },
  'quiz.historyPage.loading': { ko: '기록을 불러오는 중…', en: 'Loading your history…' },
  'quiz.historyPage.unfinished': { ko: '진행 중', en: 'Unfinished attempts' },
  'quiz.historyPage.due': { ko: '복습할 문제', en: 'Due for review' },
  'quiz.historyPage.trend': { ko: '점수 추이', en: 'Score trend' },
  'quiz.historyPage.weak': { ko: '약한 태그', en: 'Weakest tags' },
  'quiz.historyPage.attempts': { ko: '모든 시도', en: 'All attempts' },
  'quiz.historyPage.data': { ko: '내 데이터', en: 'Your data' },
  'quiz.historyPage.dataText': {
    ko: '기록과 복습 일정은 이 브라우저에만 저장됩니다. 내보낸 파일을 다른 브라우저에서 가져오면 합쳐집니다(아무것도 지우지 않음).',
    en: 'Attempts and review cards live only in this browser. Export them to a JSON file and import it in another browser: importing merges and never deletes anything.',
  },
  'quiz.historyPage.export': { ko: '내보내기', en: 'Export JSON' },
  'quiz.historyPage.import': { ko: '가져오기', en: 'Import JSON' },
} satisfies Catalog;
