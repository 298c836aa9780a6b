import type { Catalog } from './types.ts';

/**
 * UI strings of the /quiz/history/ page's script (attempts table, trend, weak topics, reviews due,
 * progress and readiness), apart from quiz.ts so that the quiz page does not ship them (issue 16
 * item 4). Korean first; `{name}` placeholders are filled by `t()`.
 */
export const quizHistory = {
  'quiz.progress.title': { ko: '내 실력', en: 'Where I stand' },
  'quiz.progress.topics': { ko: '시험 주제별 (출제 범위 순서)', en: 'By exam topic (syllabus order)' },
  'quiz.progress.next': { ko: '다음에 공부', en: 'Study next' },
  'quiz.progress.recent': { ko: '최근 정답률', en: 'Recent accuracy' },
  'quiz.progress.retention': { ko: '기억 유지율 (FSRS)', en: 'Retrievability (FSRS)' },
  'quiz.progress.seen': { ko: '푼 문제', en: 'Seen' },
  'quiz.progress.due': { ko: '복습 대기', en: 'Due' },
  'quiz.progress.notes': { ko: '노트 보기', en: 'Notes' },
  'quiz.progress.predicted': { ko: '모의고사 예상 점수', en: 'Predicted mock-exam scores' },
  'quiz.progress.predictScaled': { ko: '{score}점 (95% 구간 {low}–{high})', en: '{score} (95% interval {low}–{high})' },
  'quiz.progress.predictPercent': { ko: '{score} (95% 구간 {low}–{high})', en: '{score} (95% interval {low}–{high})' },
  'quiz.progress.evidence': { ko: '답 {count}개 기준', en: 'from {count} answers' },
  'quiz.progress.method': {
    ko: '계산 방법: 복습 카드가 있는 문제는 FSRS가 계산한 지금의 기억 확률, 아직 안 푼 문제는 그 영역의 정답률((맞힌 수+1)/(푼 수+2))로 맞힐 확률을 잡고, 모의고사의 영역별 문항 수로 가중 평균합니다. 구간은 문항마다 독립이라고 보고 운(이항 분산)과 정답률의 불확실성(베타 분포 분산)을 더한 표준편차의 ±1.96배입니다.',
    en: 'How: a question with a review card counts with its FSRS recall probability now; an unseen one with your accuracy in its domain, (right + 1) / (answered + 2); these are averaged with the exam’s seats per domain. The interval is ±1.96 standard deviations, adding the luck of the draw (binomial variance) and the uncertainty of your accuracy (Beta variance), assuming independent questions.',
  },
  'quiz.history.count': {
    ko: '이 브라우저의 시도 {count}개',
    en: ({ count }) => `${count} attempt${count === 1 ? '' : 's'} in this browser`,
  },
  'quiz.history.noUnfinished': { ko: '진행 중인 시도가 없습니다.', en: 'No unfinished attempt.' },
  'quiz.history.resume': { ko: '이어 하기', en: 'Resume' },
  'quiz.history.unfinishedLine': { ko: '{answered}/{total} 답함 — {started}', en: '{answered}/{total} answered — {started}' },
  'quiz.history.left': { ko: '{time} 남음', en: '{time} left' },
  'quiz.history.cards': {
    ko: '복습 카드 {cards}장, 지금 복습할 문제 {due}개.',
    en: ({ cards, due }) => `${cards} review card${cards === 1 ? '' : 's'}; ${due} due now.`,
  },
  'quiz.history.startReview': { ko: '복습 시작', en: 'Start review' },
  'quiz.history.noSubmitted': { ko: '제출한 시도가 아직 없습니다.', en: 'No submitted attempt yet.' },
  'quiz.history.trend': { ko: '제출 순 점수', en: 'Score per submitted attempt' },
  'quiz.history.weakLater': {
    ko: '태그마다 채점된 문제가 3개 이상 쌓이면 보여 줍니다.',
    en: 'Shown once a tag has at least 3 graded answers.',
  },
  'quiz.history.practiseTag': { ko: '이 태그 연습', en: 'Practise this tag' },
  'quiz.history.none': { ko: '아직 시도가 없습니다.', en: 'No attempts yet.' },
  'quiz.history.startQuiz': { ko: '퀴즈 시작', en: 'Start a quiz' },
  'quiz.history.date': { ko: '날짜', en: 'Date' },
  'quiz.history.mode': { ko: '방식', en: 'Mode' },
  'quiz.history.topics': { ko: '주제', en: 'Topics' },
  'quiz.history.time': { ko: '시간', en: 'Time' },
  'quiz.history.open': { ko: '보기', en: 'Open' },
  'quiz.history.inProgress': { ko: '진행 중', en: 'in progress' },
  'quiz.history.passed': { ko: '✓ 합격', en: '✓ pass' },
  'quiz.history.failed': { ko: '✗ 불합격', en: '✗ fail' },
  'quiz.history.ungradable': { ko: ' ({count}개 바뀌거나 삭제되어 채점 안 함)', en: ' ({count} changed/removed, not scored)' },
  'quiz.history.stale': {
    ko: ' · 이후 바뀐 문제: 삭제 {removed}, 수정 {edited}',
    en: ' · since then {removed} removed, {edited} edited',
  },
  'quiz.history.results': { ko: '결과', en: 'Results' },
  'quiz.history.setAside': { ko: '따로 보관한 데이터', en: 'Set-aside data' },
  'quiz.history.setAsideText': {
    ko: '읽을 수 없어 따로 보관한 저장 데이터입니다. 내려받아 살펴볼 수 있습니다.',
    en: 'Saved data that could not be read was kept here instead of being deleted. Download it to inspect or repair it.',
  },
  'quiz.history.download': { ko: '내려받기', en: 'Download' },
  'quiz.history.delete': { ko: '지우기', en: 'Delete' },
  'quiz.history.deleteConfirm': {
    ko: '{key}을(를) 지울까요? 필요할 수 있다면 먼저 내려받으세요.',
    en: 'Delete {key}? Download it first if you may need it.',
  },
  'quiz.history.exported': { ko: '내보냈습니다', en: 'Exported' },
  'quiz.history.importFailed': {
    ko: '{file}을(를) 가져오지 못했습니다. 지금 기록은 그대로입니다.',
    en: 'Could not import {file}; your current data is unchanged.',
  },
  'quiz.history.imported': {
    ko: '가져옴: 시도 {added}개 추가, {updated}개 갱신, {renamed}개는 다른 버전 옆에 보관, {kept}개는 이미 있음; 복습 카드 {cardsAdded}장 추가, {cardsUpdated}장 갱신, {cardsKept}장 유지.',
    en: 'Imported: {added} attempt(s) added, {updated} updated, {renamed} kept beside a different version, {kept} already here; {cardsAdded} review card(s) added, {cardsUpdated} updated, {cardsKept} kept.',
  },
} satisfies Catalog;
