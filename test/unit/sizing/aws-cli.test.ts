/**
 * The exported `aws emr create-cluster` command passes the real AWS CLI's parameter validation
 * (issue 13, case 4): the `aws` on PATH (Debian's awscli; .ci/run installs it when missing) runs
 * each exported argument vector with fake credentials and an endpoint nothing listens on
 * (http://127.0.0.1:9), so nothing is created and no request leaves the machine. The CLI validates
 * every parameter before it connects: "Could not connect to the endpoint URL" means validation
 * passed; "Unknown parameter" / "Parameter validation failed" means our JSON has the wrong shape.
 * With `--debug` the CLI logs the parameters it would send, so the test also sees that a cluster
 * name starting with `--` reaches the API as the name.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createClusterCommand } from '../../../src/core/sizing/exports.ts';
import { fleets, g, groups } from './build.ts';

const HAVE_AWS = spawnSync('aws', ['--version'], { encoding: 'utf8' }).status === 0;
if (!HAVE_AWS)
  console.warn('NOTICE: the AWS CLI (`aws`) is not installed; the create-cluster validation tests are skipped (apt-get install awscli)');

/** Runs the exported argv with fake credentials against a closed local port. */
function runAws(argv: readonly string[]): { status: number | null; out: string } {
  const [, ...args] = argv;
  const result = spawnSync('aws', [...args, '--endpoint-url', 'http://127.0.0.1:9', '--cli-connect-timeout', '1', '--debug'], {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_MAX_ATTEMPTS: '1',
      AWS_RETRY_MODE: 'standard',
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_PAGER: '',
    },
  });
  return { status: result.status, out: `${result.stdout}\n${result.stderr}` };
}

/** The JSON body of the RunJobFlow request the CLI logged with --debug (Python bytes repr undone). */
function requestBody(out: string): string {
  const m = /Making request for OperationModel\(name=RunJobFlow\).*?'body': b'((?:[^'\\]|\\.)*)'/.exec(out);
  expect(m, 'the CLI logged no RunJobFlow request').not.toBeNull();
  return m![1]!.replace(/\\'/g, "'");
}

function expectValid(argv: readonly string[]): string {
  const { out } = runAws(argv);
  expect(out).not.toMatch(/Unknown parameter|Parameter validation failed|Invalid type for parameter|Missing required parameter/);
  expect(out).not.toMatch(/error: argument|unrecognized arguments|expected one argument/);
  // Validation passed and the CLI tried the (closed) local endpoint.
  expect(out).toMatch(/Could not connect to the endpoint URL: "http:\/\/127\.0\.0\.1:9\//);
  return out;
}

describe.skipIf(!HAVE_AWS)('the exported create-cluster command passes the AWS CLI', () => {
  it('instance groups with On-Demand, Spot at the On-Demand price and Spot with a maximum price', () => {
    const cluster = groups(g('m5.xlarge'), g('m5.2xlarge', 4), [
      g('m5.2xlarge', 10, 'spot'),
      g('r5.2xlarge', 2, 'spot', { maxSpotPriceUSD: 0.25 }),
    ]);
    const out = expectValid(createClusterCommand(cluster).argv);
    // What the CLI sends: Market SPOT for the Spot groups, the price where one was given.
    const body = requestBody(out);
    expect(body).toMatch(/"Market": "SPOT"/);
    expect(body).toMatch(/"BidPrice": "0\.25"/);
  }, 60_000);

  it('instance fleets with Spot targets and launch specifications', () => {
    const cluster = fleets(
      g('m5.xlarge'),
      { instanceTypes: [{ instanceType: 'r5.2xlarge' }], targetOnDemandCapacity: 16 },
      {
        instanceTypes: [{ instanceType: 'm5.2xlarge' }, { instanceType: 'm5d.2xlarge' }],
        targetSpotCapacity: 64,
        spotAllocationStrategy: 'price-capacity-optimized',
      },
    );
    expectValid(createClusterCommand(cluster).argv);
  }, 60_000);

  it.each(['--evil', '-h', '--instance-groups', "x'; rm -rf / #"])(
    'a cluster name %j reaches the API as the name',
    (name) => {
      const cluster = groups(g('m5.xlarge'), g('m5.2xlarge', 2), [], { name });
      const out = expectValid(createClusterCommand(cluster).argv);
      expect(requestBody(out)).toContain(`{"Name": ${JSON.stringify(name)}`);
    },
    60_000,
  );
});
