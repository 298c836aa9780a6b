/**
 * Messages about the student's saved data and other tabs, shown in the page's `#quiz-notices`
 * area (an alert for problems, a status for good news). Bilingual, like the rest of the site.
 */
import type { StoreNotice } from './store.ts';
import { bi, h } from '../shared/dom.ts';

/** The kinds of notice the pages show, beyond the store's own. */
export type PageNotice =
  | StoreNotice
  | { kind: 'other-tab-submitted' }
  | { kind: 'other-tab-changed' }
  | { kind: 'attempt-not-found'; id: string }
  | { kind: 'bank-failed'; detail: string }
  | { kind: 'error'; detail: string };

function text(notice: PageNotice): { ko: string; en: string; tone: 'warn' | 'bad' | 'good' | 'info' } {
  switch (notice.kind) {
    case 'recovered':
      return notice.key
        ? {
            tone: 'warn',
            ko: `저장된 퀴즈 기록 중 읽을 수 없는 부분을 따로 보관했습니다(${notice.key}). 읽을 수 있는 기록은 그대로 있습니다. 삭제된 것은 없으며 기록 페이지에서 내려받을 수 있습니다.`,
            en: `The part of your saved quiz data that could not be read was set aside (under ${notice.key}); everything that could be read is kept. Nothing was deleted: download it from the History page.`,
          }
        : {
            tone: 'bad',
            ko: '저장된 퀴즈 기록을 읽을 수 없고, 저장 공간이 가득 차 따로 보관하지도 못했습니다. 원래 데이터는 그대로 두었으며 이 탭의 진행은 저장되지 않습니다.',
            en: 'Your saved quiz data could not be read, and storage is too full to set it aside. It was left untouched; progress in this tab will not be saved until you free space.',
          };
    case 'quota':
      return {
        tone: 'bad',
        ko: '브라우저 저장 공간이 가득 차 마지막 변경을 저장하지 못했습니다. 이 탭에만 남아 있으며 탭을 닫으면 사라집니다. 기록 페이지에서 내보낸 뒤 이 사이트의 오래된 데이터를 지워 주세요.',
        en: 'Browser storage is full: your last change could not be saved. It is kept in this tab only and is lost when you close it. Export your data on the History page, then free some space for this site.',
      };
    case 'unavailable':
      return {
        tone: 'warn',
        ko: '이 브라우저가 저장을 막고 있습니다(비공개 모드 또는 사이트 데이터 차단). 탭을 닫으면 진행이 사라집니다.',
        en: 'This browser blocks site storage (private mode or blocked site data): your progress lasts only while this tab is open.',
      };
    case 'saved-again':
      return {
        tone: 'good',
        ko: '저장되지 않았던 변경을 이제 저장했습니다.',
        en: 'The changes that could not be saved earlier are saved now.',
      };
    case 'other-tab-submitted':
      return {
        tone: 'info',
        ko: '이 시도는 다른 탭에서 제출되었습니다. 결과를 보여 줍니다.',
        en: 'This attempt was submitted in another tab; here are its results.',
      };
    case 'other-tab-changed':
      return {
        tone: 'info',
        ko: '다른 탭에서 이 시도를 바꿨습니다. 최신 상태를 보여 줍니다.',
        en: 'This attempt was changed in another tab; showing its latest state.',
      };
    case 'attempt-not-found':
      return {
        tone: 'warn',
        ko: `시도 ${notice.id}이(가) 이 브라우저의 기록에 없습니다.`,
        en: `Attempt ${notice.id} is not in this browser's history (attempts are kept per browser; import an export file to bring them over).`,
      };
    case 'bank-failed':
      return {
        tone: 'bad',
        ko: '문제를 불러오지 못했습니다. 연결을 확인하고 새로고침하세요.',
        en: `Could not load the questions (${notice.detail}). Check your connection and reload the page.`,
      };
    case 'error':
      return { tone: 'bad', ko: '문제가 생겼습니다.', en: notice.detail };
  }
}

/**
 * Shows a notice at the top of `host` (newest first). A notice of the same kind replaces the
 * previous one, so repeated quota errors do not pile up.
 *
 * @returns the notice element.
 */
export function showNotice(host: HTMLElement, notice: PageNotice): HTMLElement {
  const { ko, en, tone } = text(notice);
  host.querySelector(`[data-notice="${notice.kind}"]`)?.remove();
  const problem = tone === 'bad' || tone === 'warn';
  const el = h(
    'div',
    { class: `quiz-notice quiz-notice--${tone}`, role: problem ? 'alert' : 'status', 'data-notice': notice.kind },
    h('p', {}, bi(ko, en)),
    notice.kind === 'recovered' && notice.detail
      ? h('details', {}, h('summary', {}, bi('이유', 'Why')), h('pre', {}, notice.detail))
      : null,
    h('button', { type: 'button', class: 'quiz-button quiz-button--small', onclick: () => el.remove() }, bi('닫기', 'Dismiss')),
  );
  host.prepend(el);
  return el;
}
