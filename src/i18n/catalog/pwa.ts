import type { Catalog } from './types.ts';

/** UI strings of the installable/offline site (service worker update prompt). */
export const pwa = {
  'pwa.updateReady': { ko: '새 학습 내용이 배포되었습니다.', en: 'New study content has been published.' },
  'pwa.reload': { ko: '새로고침', en: 'Reload' },
  'pwa.later': { ko: '나중에', en: 'Later' },
  'pwa.offlineReady': { ko: '이제 오프라인에서도 공부할 수 있습니다.', en: 'You can now study offline.' },
} satisfies Catalog;
