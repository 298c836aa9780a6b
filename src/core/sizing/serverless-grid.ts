/**
 * The EMR Serverless worker grid ([S17], "Understanding application behavior" → worker
 * configurations): which vCPU / memory / disk combinations a driver or executor worker may have.
 * Used by the model's schema (parse error) and by rule R-PLT-02 (for objects built without it).
 */
import type { Bilingual } from './bilingual.ts';

/** Memory choices per worker vCPU count: GiB range and step ([S17]). */
export const SERVERLESS_WORKER_GRID: ReadonlyArray<{ vcpu: number; memoryGiB: readonly number[] }> = [
  { vcpu: 1, memoryGiB: steps(2, 8, 1) },
  { vcpu: 2, memoryGiB: steps(4, 16, 1) },
  { vcpu: 4, memoryGiB: steps(8, 30, 1) },
  { vcpu: 8, memoryGiB: steps(16, 60, 4) },
  { vcpu: 16, memoryGiB: steps(32, 120, 8) },
  // 32 vCPU workers are a newer addition with three memory sizes only ([S17], excerpts differ by date).
  { vcpu: 32, memoryGiB: [60, 120, 244] },
];

/** Standard worker disk, GiB: 20 (free) to 200 ([S17]). Shuffle-optimised disks are not modelled. */
export const SERVERLESS_DISK_GIB = { min: 20, max: 200 } as const;

function steps(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}

/** A worker shape to check. */
export interface ServerlessWorkerShape {
  vcpu: number;
  memoryGiB: number;
  diskGiB?: number;
}

/**
 * What is wrong with a worker shape, or null when it is on the grid. `field` names the offending
 * field (`vcpu`, `memoryGiB`, `diskGiB`); the message, in English and Korean, lists the allowed values.
 */
export function serverlessWorkerProblem(w: ServerlessWorkerShape): { field: 'vcpu' | 'memoryGiB' | 'diskGiB'; message: Bilingual } | null {
  const row = SERVERLESS_WORKER_GRID.find((r) => r.vcpu === w.vcpu);
  if (!row) {
    const vcpus = SERVERLESS_WORKER_GRID.map((r) => r.vcpu).join(', ');
    return {
      field: 'vcpu',
      message: {
        en: `an EMR Serverless worker has ${vcpus} vCPUs, not ${w.vcpu}`,
        ko: `EMR Serverless 워커의 vCPU는 ${vcpus}개 중 하나이며, ${w.vcpu}개일 수는 없습니다`,
      },
    };
  }
  if (!row.memoryGiB.includes(w.memoryGiB)) {
    const m = row.memoryGiB;
    const step = m.length > 1 ? (m[1] as number) - (m[0] as number) : 0;
    const allowed = row.vcpu === 32 ? `${m.join(', ')} GiB` : `${m[0]}–${m[m.length - 1]} GiB in steps of ${step} GiB`;
    const allowedKo = row.vcpu === 32 ? `${m.join(', ')} GiB 중 하나` : `${m[0]}–${m[m.length - 1]} GiB(${step} GiB 단위)`;
    return {
      field: 'memoryGiB',
      message: {
        en: `${row.vcpu === 8 ? 'an' : 'a'} ${row.vcpu}-vCPU EMR Serverless worker has ${allowed} of memory, not ${w.memoryGiB} GiB`,
        ko: `vCPU ${row.vcpu}개짜리 EMR Serverless 워커의 메모리는 ${allowedKo}이며, ${w.memoryGiB} GiB일 수는 없습니다`,
      },
    };
  }
  const disk = w.diskGiB ?? SERVERLESS_DISK_GIB.min;
  if (!Number.isInteger(disk) || disk < SERVERLESS_DISK_GIB.min || disk > SERVERLESS_DISK_GIB.max) {
    return {
      field: 'diskGiB',
      message: {
        en: `an EMR Serverless worker disk is a whole number of GiB from ${SERVERLESS_DISK_GIB.min} to ${SERVERLESS_DISK_GIB.max}, not ${disk}`,
        ko: `EMR Serverless 워커의 디스크는 ${SERVERLESS_DISK_GIB.min}–${SERVERLESS_DISK_GIB.max} 범위의 정수 GiB이며, ${disk} GiB일 수는 없습니다`,
      },
    };
  }
  return null;
}
