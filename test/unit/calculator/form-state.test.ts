/**
 * The calculator's form state: defaults of every preset, the URL round trip (a shared link opens the
 * same form), invalid URL values (reported, never dropped silently, never NaN) and the mapping of
 * model problems back to form fields.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORKLOAD_PRESETS } from '../../../src/core/sizing/presets.ts';
import {
  calculatorHref,
  fieldLabel,
  fieldOfPath,
  isRepresentable,
  parseState,
  PRESET_IDS,
  presetState,
  stateFromParams,
  stateToParams,
  toModelInput,
  type CalcState,
} from '../../../src/islands/calculator/form-state.ts';
import { ClusterSchema } from '../../../src/core/sizing/model.ts';

const q = (query: string) => stateFromParams(new URLSearchParams(query));

describe('defaults', () => {
  it('every preset opens as a valid form whose link is only the preset', () => {
    expect(PRESET_IDS.length).toBeGreaterThan(3);
    for (const id of PRESET_IDS) {
      const s = presetState(id);
      expect(s.preset).toBe(id);
      expect(s.profile).toBe(id);
      expect(parseState(s).ok).toBe(true);
      expect(stateToParams(s).toString()).toBe(`preset=${id}`);
      expect(calculatorHref(s)).toBe(`/calculator/?preset=${id}`);
    }
  });

  it('a preset state describes the preset configuration exactly', () => {
    for (const p of WORKLOAD_PRESETS) {
      const cluster = ClusterSchema.parse(p.cluster);
      if (cluster.platform === 'emr-ec2') expect(isRepresentable(presetState(p.id), cluster)).toBe(true);
    }
  });

  it('an empty query is the first preset with no problem', () => {
    const { state, problems } = q('');
    expect(problems).toEqual([]);
    expect(state).toEqual(presetState(PRESET_IDS[0]!));
  });
});

/** Edits a student can make, each as a function of a state. */
const edit = fc.oneof(
  fc.record({ count: fc.integer({ min: 1, max: 99 }) }).map(({ count }) => (s: CalcState) => {
    s.core.count = String(count);
  }),
  fc.constantFrom('spot' as const, 'on-demand' as const).map((m) => (s: CalcState) => {
    s.primary.market = m;
  }),
  fc.array(fc.record({ n: fc.integer({ min: 1, max: 40 }), spot: fc.boolean() }), { maxLength: 3 }).map((ts) => (s: CalcState) => {
    s.tasks = ts.map((t) => ({ type: 'm5.2xlarge', count: String(t.n), market: t.spot ? 'spot' : 'on-demand', ebs: '' }));
  }),
  fc.constantFrom('instance-groups' as const, 'instance-fleets' as const).map((l) => (s: CalcState) => {
    s.layout = l;
  }),
  fc.constantFrom('emr-ec2' as const, 'emr-serverless' as const, 'emr-eks' as const).map((p) => (s: CalcState) => {
    s.platform = p;
  }),
  fc.constantFrom('', '4g', '10240m', '1500m').map((m) => (s: CalcState) => {
    s.executorMemory = m;
  }),
  fc.boolean().map((b) => (s: CalcState) => {
    s.mra = b;
    s.externalMetastore = !b;
  }),
  fc.constantFrom('Hadoop,Spark', 'Hadoop,Spark,Hive', 'Spark').map((a) => (s: CalcState) => {
    s.apps = a.split(',');
  }),
  fc.string({ maxLength: 12 }).map((t) => (s: CalcState) => {
    // What a student types is kept as typed, even when it is no number.
    s.scalingMax = t.replace(/[\n\r]/g, '');
  }),
  fc.constantFrom('r5.2xlarge:weight=8, r5d.2xlarge', 'm5.xlarge').map((t) => (s: CalcState) => {
    s.coreFleet.types = t;
    s.coreFleet.spot = '16';
  }),
);

describe('URL ↔ state', () => {
  it('a shared link opens the same form, whatever was edited', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRESET_IDS), fc.array(edit, { maxLength: 6 }), (preset, edits) => {
        const s = presetState(preset);
        for (const e of edits) e(s);
        const back = stateFromParams(stateToParams(s));
        expect(back.problems).toEqual([]);
        expect(back.state).toEqual(s);
      }),
      { numRuns: 150 },
    );
  });

  it('the link holds only what differs from the preset, in the CLI notation', () => {
    const s = presetState(PRESET_IDS[0]!);
    s.core = { type: 'm5.2xlarge', count: '7', market: 'spot', ebs: '64' };
    expect(stateToParams(s).getAll('core')).toEqual(['m5.2xlarge:7:spot:ebs=64']);
    expect([...stateToParams(s).keys()]).toEqual(['preset', 'core']);
  });

  it('reads the notation every other reader reads (ondemand, x4, blanks)', () => {
    expect(q('core=m5.xlarge:3:ondemand').state.core).toEqual({ type: 'm5.xlarge', count: '3', market: 'on-demand', ebs: '' });
    expect(q('core=m5.xlarge x3 spot ebs:32').state.core).toEqual({ type: 'm5.xlarge', count: '3', market: 'spot', ebs: '32' });
  });
});

describe('invalid URL values', () => {
  it('an unknown preset is reported and the first preset is used', () => {
    const { state, problems } = q('preset=nope');
    expect(state.preset).toBe(PRESET_IDS[0]);
    expect(problems.map((p) => ({ ...p, message: p.message.en }))).toEqual([
      { key: 'preset', value: 'nope', message: expect.stringContaining('"nope" is not a preset') },
    ]);
  });

  it('values a menu cannot show are reported and ignored; the rest of the link still applies', () => {
    const { state, problems } = q(
      `preset=${PRESET_IDS[0]}&platform=lambda&layout=grid&mra=maybe&core-fleet=m5.xlarge/1/1/weird&bogus=1&name=x`,
    );
    expect(problems.map((p) => p.key).sort()).toEqual(['bogus', 'core-fleet', 'layout', 'mra', 'platform']);
    expect(problems.find((p) => p.key === 'platform')?.message.en).toMatch(
      /"lambda" is not a platform the calculator edits \(emr-ec2, emr-serverless, emr-eks\)/,
    );
    expect(problems.find((p) => p.key === 'mra')?.message.en).toBe('"maybe" is not 1 or 0');
    expect(problems.find((p) => p.key === 'core-fleet')?.message.en).toBe('weighting "weird" is not vcpu or instance');
    expect(problems.find((p) => p.key === 'bogus')?.message.en).toBe('not a calculator setting');
    expect(state.platform).toBe(presetState(PRESET_IDS[0]!).platform);
    expect(state.name).toBe('x');
  });

  it('text that is not a number is kept in its field and reported there, never NaN', () => {
    const { state, problems } = q('core=m5.xlarge:four&executor-memory=ten&scaling-min=2');
    expect(problems).toEqual([]);
    expect(state.core.count).toBe('four');
    const parsed = parseState(state);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => ({ field: e.field, message: e.message.en }))).toEqual(
      expect.arrayContaining([
        { field: 'core.count', message: 'Core group · count: "four" is not a number' },
        {
          field: 'executor-memory',
          message: 'Executor memory: "ten" is not a Spark memory size; write e.g. 10g (GiB) or 10240m (MiB)',
        },
        { field: 'scaling-max', message: 'Managed scaling maximum: enter a number, or clear both managed scaling fields' },
      ]),
    );
    expect(JSON.stringify(toModelInput(state).cluster)).not.toContain('null');
  });

  it('a value out of range is reported at its field with the model message', () => {
    const parsed = parseState(q('core=m5.xlarge:0').state);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.field)).toContain('core.count');
  });
});

describe('model paths → form fields', () => {
  it('maps the most specific path first', () => {
    expect(fieldOfPath('instances.task.2.count', 'instance-groups')).toBe('task.2.count');
    expect(fieldOfPath('instances.core.0.ebsGiBPerInstance', 'instance-groups')).toBe('core.ebs');
    expect(fieldOfPath('instances.core', 'instance-fleets')).toBe('core-fleet.types');
    expect(fieldOfPath('instances.core.targetSpotCapacity', 'instance-fleets')).toBe('core-fleet.spot');
    expect(fieldOfPath('executor.memoryGiB', 'instance-groups')).toBe('executor.memory');
    expect(fieldOfPath('workload.hdfsDataGB', 'instance-groups')).toBe('hdfs-gb');
    expect(fieldOfPath('nothing.here', 'instance-groups')).toBeNull();
  });

  it('names fields readably', () => {
    expect(fieldLabel('task.1.count').en).toBe('Task group 2 · count');
    expect(fieldLabel('core-fleet.spot').en).toBe('Core fleet · Spot units');
    expect(fieldLabel('scaling-max-od').en).toBe('Managed scaling maximum On-Demand');
    expect(fieldLabel('unknown-field').en).toBe('unknown-field');
  });
});
