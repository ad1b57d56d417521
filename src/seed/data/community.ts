import type { SeedBlock } from './blocks'

export interface SeedQuestion {
  prompt: string
  starterCode?: string
  hints?: string
  solution: string
}

export interface SeedCommunityItem {
  collection: 'community-articles' | 'question-bundles'
  kind: 'article' | 'interview-experience' | 'question-bundle'
  title: string
  slug: string
  summary: string
  tags: string[]
  /** Handle without the leading `@`. */
  author: string
  views: number
  likes: number
  /** The individual scores (1..5); `[]` when the page shows no rating. */
  ratings: number[]
  publishedAt: string
  language?: string
  access: 'free' | 'premium'
  body: SeedBlock[]
  questions?: SeedQuestion[]
}

const FENCE = '```'

/** A solution: prose explanation followed by a fenced Python block. */
const withCode = (explanation: string, code: string): string =>
  `${explanation}\n\n${FENCE}python\n${code.trim()}\n${FENCE}`

/** The 18 community items on the Reliability tag page, in page order (newest first). */
export const seedCommunity: SeedCommunityItem[] = [
  {
    collection: 'community-articles',
    kind: 'article',
    title: 'Metrics, Logs, and Traces: The Three Pillars Without the Marketing',
    slug: 'metrics-logs-and-traces-the-three-pillars-without-the-marketing',
    summary:
      'What each pillar actually does, when reaching for it pays off, and the budget I follow so I am not paying observability vendors more than I am paying for compute.',
    tags: ['monitoring', 'logging', 'tracing', 'alerting', 'reliability'],
    author: 'zarakamau',
    views: 313,
    likes: 6,
    ratings: [5, 4, 5, 4, 4, 5, 4, 5, 4],
    publishedAt: '2026-05-17T12:00:00.000Z',
    access: 'free',
    body: [
      { type: 'h2', text: 'Metrics answer "is something wrong?"' },
      {
        type: 'p',
        text: 'Metrics are numbers over time: request rate, error ratio, latency histograms, queue depth. They are cheap because they are aggregated before they leave the process, which makes them the right thing to alert on. They are bad at telling you which request, which customer or which code path. A metric label with unbounded values, such as a user id, is no longer a metric; it is an expensive log.',
      },
      { type: 'h2', text: 'Logs answer "what exactly happened?"' },
      {
        type: 'p',
        text: 'Structured logs, one JSON object per event carrying a request id, are my forensic tool. I log at decision points rather than on every line, and I sample successful requests aggressively while keeping every error.',
      },
      { type: 'h2', text: 'Traces answer "where did the time go?"' },
      {
        type: 'p',
        text: 'Traces pay off once a request crosses three or more services. Before that, a log line with timings is usually enough. When I do trace, I combine head sampling at a few percent with tail sampling that keeps every slow or failed trace.',
      },
      { type: 'h2', text: 'The budget I follow' },
      {
        type: 'ul',
        items: [
          'Observability spend capped at about 10% of compute spend.',
          'Metrics first, logs second, traces last.',
          'Retention: 13 months for metrics, 14 days for logs, 7 days for traces.',
          'Every quarter, delete the dashboards nobody opened.',
        ],
      },
    ],
  },
  {
    collection: 'community-articles',
    kind: 'article',
    title: "Technical Debt: When It's Debt vs When It's Just Old",
    slug: 'technical-debt-when-its-debt-vs-when-its-just-old',
    summary:
      'Most code labeled technical debt is not debt at all. Here is the test I use to tell debt from age, and the rule I follow when paying it down.',
    tags: ['craftsmanship', 'code-organization', 'clean-code', 'reliability', 'decision-making'],
    author: 'nathanrivera',
    views: 926,
    likes: 18,
    ratings: [4, 5, 4, 3, 5, 4, 4, 5, 3, 4, 5, 4, 5],
    publishedAt: '2026-05-05T12:00:00.000Z',
    access: 'free',
    body: [
      { type: 'h2', text: 'Old is not the same as owed' },
      {
        type: 'p',
        text: 'In most backlogs, code becomes "technical debt" the moment nobody on the team remembers writing it. That is age, not debt. Old code that is stable, tested and rarely touched costs nothing each sprint. Debt, by definition, charges interest.',
      },
      { type: 'h2', text: 'The interest test' },
      {
        type: 'p',
        text: 'I ask one question: is this code making the changes we are actually making right now slower or riskier? A module edited twice a year that works passes, even if it uses a style we no longer like. If every payments feature needs a two-day detour through a tangled pricing function, that is debt, and the interest shows up in lead time and incidents.',
      },
      {
        type: 'ul',
        items: [
          'Change frequency in the git history for the last six months.',
          'Incidents and rollbacks traced back to that code.',
          'How long reviews in that area take compared with the rest of the codebase.',
        ],
      },
      { type: 'h2', text: 'Paying it down' },
      {
        type: 'p',
        text: 'My rule is to pay debt only where we are already working. Pin the current behavior with a test, refactor the part of the pricing function the current feature touches, and leave the rest alone. Big-bang rewrites of old but quiet code trade a known, stable system for a new, unknown one, which is a bad deal for reliability.',
      },
    ],
  },
  {
    collection: 'community-articles',
    kind: 'interview-experience',
    title: 'Datadog Onsite: Five Hours of System Design',
    slug: 'datadog-onsite-five-hours-of-system-design',
    summary:
      'A Datadog senior backend onsite where four of the five rounds were system design, anchored on real telemetry-shaped problems.',
    tags: ['system-design', 'interview-prep', 'distributed-systems', 'monitoring', 'reliability'],
    author: 'chloesaeed',
    views: 730,
    likes: 9,
    ratings: [5, 4, 4, 5, 3, 4, 5, 4, 4, 5, 4],
    publishedAt: '2026-04-30T12:00:00.000Z',
    access: 'free',
    body: [
      { type: 'h2', text: 'The format' },
      {
        type: 'p',
        text: 'The loop was five hours over video: four system design rounds and one behavioral. The recruiter warned me that design would dominate and that the problems would look like the product itself. They did.',
      },
      { type: 'h2', text: 'The design rounds' },
      {
        type: 'ul',
        items: [
          'A metrics ingestion pipeline taking millions of points per second, focused on partitioning by series and handling late data.',
          'A log search system, where the interviewer kept pushing on index size versus query latency.',
          'An alerting engine evaluating thousands of monitors per second, where deduplication and flapping dominated.',
          'A multi-region agent-configuration service, centered on what happens when a region goes dark.',
        ],
      },
      { type: 'h2', text: 'What they probed' },
      {
        type: 'p',
        text: 'Every interviewer asked how I would know my own design was broken. Reliability was not a follow-up; it was the main thread. In the alerting round I spent ten minutes on not paging twice for the same incident, and that was clearly what the interviewer wanted. Estimates mattered too: I had to size a year of one-second metrics and defend a downsampling plan.',
      },
      { type: 'h2', text: 'Advice' },
      {
        type: 'p',
        text: 'Practice telemetry-shaped problems specifically: high write volume, time-partitioned storage, cardinality limits. Have an opinion on at-least-once versus exactly-once delivery, because it came up in three of the four design rounds.',
      },
    ],
  },
  {
    collection: 'question-bundles',
    kind: 'question-bundle',
    title: 'SRE Incident Drill Questions From Our On-Call',
    slug: 'sre-incident-drill-questions-from-our-on-call',
    summary:
      'Four incident-shaped questions our on-call rotation uses to interview SREs. Each one starts with a symptom, asks you to write the smallest diagnostic snippet, and the discussion is more important than the code.',
    tags: ['reliability', 'on-call', 'monitoring', 'interview-prep'],
    author: 'alexsaeed',
    views: 827,
    likes: 26,
    ratings: [5, 4, 4, 5, 3, 5, 4, 4, 5, 4, 3, 5, 4, 5],
    publishedAt: '2026-03-30T12:00:00.000Z',
    language: 'Python',
    access: 'free',
    body: [
      {
        type: 'p',
        text: 'We run these as a 60-minute drill. The candidate gets the symptom, writes the smallest snippet that would narrow it down, and then we talk about what the output would tell them and what they would do next. Working code helps, but the reasoning is what we score.',
      },
    ],
    questions: [
      {
        prompt:
          'Symptom: the checkout p99 latency alert fired at 14:05, but p50 is flat. You have request records as (timestamp, endpoint, latency_ms) tuples. Write the smallest function that returns, per endpoint, the request count and the p99 latency for a time window, so you can see which endpoint moved. Then say what you would check next.',
        starterCode: `def p99_by_endpoint(records, start, end):
    """records: iterable of (ts: float, endpoint: str, latency_ms: float).
    Return {endpoint: (count, p99_ms)} for requests with start <= ts < end."""
    ...
`,
        hints:
          'Group first, then sort each group once. A nearest-rank percentile is fine for a drill: index ceil(0.99 * n) - 1. A p99 over five samples is noise, so report the count next to it.',
        solution: withCode(
          'Group latencies by endpoint inside the window, sort each list and take the nearest-rank 99th percentile. Returning the count matters: an endpoint with a huge p99 over 12 requests is less interesting than a modest jump over 40,000. A flat p50 with a rising p99 means something hurts a minority of requests: one slow dependency shard, a cache-miss path, lock contention, or GC pauses on one host. Next, split the same numbers by host and by downstream span, and compare with the same window yesterday.',
          `
import math
from collections import defaultdict


def p99_by_endpoint(records, start, end):
    groups = defaultdict(list)
    for ts, endpoint, latency_ms in records:
        if start <= ts < end:
            groups[endpoint].append(latency_ms)
    result = {}
    for endpoint, values in groups.items():
        values.sort()
        rank = max(1, math.ceil(0.99 * len(values)))
        result[endpoint] = (len(values), values[rank - 1])
    return result
`,
        ),
      },
      {
        prompt:
          "Symptom: a log host pages with 'disk 95% full', and it was at 60% yesterday. Write a snippet that walks a directory tree and returns the ten largest files with their sizes, without following symlinks and without crashing on files that disappear mid-walk. Then explain why du and df might disagree.",
        starterCode: `import os


def largest_files(root, n=10):
    """Return a list of (size_bytes, path), largest first."""
    ...
`,
        hints:
          'os.walk plus os.lstat; heapq.nlargest keeps memory bounded on huge trees. Log rotation deletes files while you walk, so catch FileNotFoundError. If df says the disk is full but du finds nothing, think about deleted files that a process still holds open.',
        solution: withCode(
          'os.walk does not follow symlinks by default and os.lstat does not either, so a link to a huge file elsewhere is not counted. heapq.nlargest keeps only n entries instead of sorting millions of paths. The discussion is the interesting part: if df reports the disk full but du cannot find the space, a process is holding a deleted file open, typically because log rotation removed the file without signalling the writer to reopen it. lsof +L1 lists those files. Mitigation is to restart or signal the process (or truncate the file through /proc/PID/fd); prevention is fixing the rotation config and alerting on growth rate rather than only on a percentage.',
          `
import heapq
import os


def largest_files(root, n=10):
    def sizes():
        for dirpath, _dirnames, filenames in os.walk(root):
            for name in filenames:
                path = os.path.join(dirpath, name)
                try:
                    st = os.lstat(path)
                except (FileNotFoundError, PermissionError):
                    continue
                yield st.st_size, path

    return heapq.nlargest(n, sizes())


for size, path in largest_files('/var/log'):
    print(f'{size / 1e9:8.2f} GB  {path}')
`,
        ),
      },
      {
        prompt:
          'Symptom: the 5xx rate on the API gateway spiked. The gateway writes one JSON object per line with the fields ts (ISO 8601, UTC), status and upstream. Write a function that finds, for each upstream, the first minute in which its error ratio exceeded a threshold, so you can tell whether one upstream started failing before the others.',
        starterCode: `import json
from collections import defaultdict


def first_bad_minute(lines, threshold=0.05, min_requests=20):
    """lines: iterable of JSON strings.
    Return {upstream: 'YYYY-MM-DDTHH:MM'} for every upstream whose 5xx ratio
    exceeded threshold in some minute with at least min_requests requests."""
    ...
`,
        hints:
          'Bucket by the first 16 characters of the ISO timestamp. Count totals and errors per (upstream, minute), then scan minutes in order. Ignore minutes with too few requests. Skip malformed lines instead of crashing: logs written during an incident are often truncated.',
        solution: withCode(
          'ISO 8601 timestamps in one time zone sort lexicographically, so the minute prefix doubles as a sort key. The min_requests guard stops a single failed request at 3am from looking like a 100% error rate. In the discussion, the shape of the answer matters: if one upstream went bad a few minutes before the rest, it is probably the origin and the others are failing through a shared dependency or a retry storm. If every upstream went bad in the same minute, look at the gateway itself, a deploy, or something they all share such as DNS, a certificate or the database.',
          `
import json
from collections import defaultdict


def first_bad_minute(lines, threshold=0.05, min_requests=20):
    totals = defaultdict(int)
    errors = defaultdict(int)
    for line in lines:
        try:
            event = json.loads(line)
            key = (event['upstream'], event['ts'][:16])
            status = int(event['status'])
        except (ValueError, KeyError, TypeError):
            continue
        totals[key] += 1
        if status >= 500:
            errors[key] += 1

    first = {}
    for upstream, minute in sorted(totals, key=lambda k: k[1]):
        n = totals[(upstream, minute)]
        if n >= min_requests and errors[(upstream, minute)] / n > threshold:
            first.setdefault(upstream, minute)
    return first
`,
        ),
      },
      {
        prompt:
          "Symptom: a Python worker's memory grows by about 50 MB an hour until the OOM killer restarts it. You can run code inside the process. Write the smallest snippet that shows which lines of code allocated the memory that grew between two points in time, and explain how you would read the result.",
        starterCode: `import tracemalloc


def start():
    """Begin tracing and return a baseline snapshot."""
    ...


def report_growth(snapshot_before, limit=10):
    """Print the allocation sites whose memory grew since snapshot_before."""
    ...
`,
        hints:
          'tracemalloc.start() early, take_snapshot() twice, then snapshot.compare_to(old, "lineno"). Filter out tracemalloc\'s own frames. Growth at the same site across several snapshots is a leak; growth that stops is a cache warming up.',
        solution: withCode(
          'Take the baseline after the worker has warmed up, let it process a few hundred jobs, then report. A site that keeps growing across consecutive reports is the leak; the usual suspects are a module-level dict used as an unbounded cache, a list appended to per request, or callbacks registered and never removed. If RSS keeps growing while tracemalloc stays flat, the memory is outside the Python allocator: a C extension or fragmentation, and the next tool is a native profiler. While investigating, cap the damage by recycling workers after a fixed number of jobs, and enable tracing on one canary instance only, because it slows allocation down.',
          `
import tracemalloc


def start(frames=10):
    tracemalloc.start(frames)
    return tracemalloc.take_snapshot()


def report_growth(snapshot_before, limit=10):
    snapshot_after = tracemalloc.take_snapshot()
    ignore = [tracemalloc.Filter(False, tracemalloc.__file__)]
    before = snapshot_before.filter_traces(ignore)
    after = snapshot_after.filter_traces(ignore)
    for stat in after.compare_to(before, 'lineno')[:limit]:
        print(stat)
    return snapshot_after
`,
        ),
      },
    ],
  },
  {
    collection: 'community-articles',
    kind: 'article',
    title: 'The Refactoring Playbook: Six Moves I Use Weekly',
    slug: 'the-refactoring-playbook-six-moves-i-use-weekly',
    summary:
      'The small, low-risk refactoring moves I reach for every week, what each one fixes, and the order to apply them so the diff stays reviewable.',
    tags: ['craftsmanship', 'clean-code', 'code-organization', 'reliability'],
    author: 'arjunpatel',
    views: 489,
    likes: 10,
    ratings: [],
    publishedAt: '2026-03-22T15:00:00.000Z',
    access: 'free',
    body: [
      { type: 'h2', text: 'Small moves, reviewable diffs' },
      {
        type: 'p',
        text: 'I rarely do large refactors. What keeps a codebase healthy is a handful of small moves applied every week, each safe enough to ship on its own. These are the six I reach for, roughly in the order I apply them.',
      },
      {
        type: 'ul',
        items: [
          'Rename: a name that lies is the cheapest bug to fix. Do it first so every later diff reads clearly.',
          'Extract function: pull a block with one clear purpose out of a long function and name it after that purpose.',
          'Introduce parameter object: when four arguments always travel together, give them a type.',
          'Replace conditional with lookup: a long switch that maps values to values becomes a table.',
          'Move function: put behavior next to the data it uses most.',
          'Inline: remove an indirection that no longer earns its keep.',
        ],
      },
      { type: 'h2', text: 'Why the order matters' },
      {
        type: 'p',
        text: 'Renames and extractions come first because they make intent visible; the structural moves usually become obvious afterwards. Each move goes in its own commit, so a reviewer can check them one at a time and a bisect can pinpoint any mistake.',
      },
      { type: 'h2', text: 'The safety net' },
      {
        type: 'p',
        text: 'None of this works without tests that pin behavior. If an area has none, my first commit adds characterization tests that record what the code does today, bugs included. After that, the refactor is just a series of green builds.',
      },
    ],
  },
  {
    collection: 'community-articles',
    kind: 'article',
    title: 'Database Migrations: A Zero-Downtime Playbook',
    slug: 'database-migrations-a-zero-downtime-playbook',
    summary:
      'Adding a column, renaming a column, dropping a column, splitting a table. The expand-contract pattern, the four-step rename, and the migration phases that have kept me from taking the site down.',
    tags: ['database', 'sql', 'reliability', 'backend', 'data-modeling'],
    author: 'hannahchakraborty',
    views: 659,
    likes: 16,
    ratings: [],
    publishedAt: '2026-03-22T09:00:00.000Z',
    access: 'free',
    body: [
      { type: 'h2', text: 'Why migrations take sites down' },
      {
        type: 'p',
        text: 'During a deploy, old and new versions of the application run side by side against one database. Any schema change the old version cannot tolerate is an outage waiting for the rollout. The fix is to split every change into steps that are each compatible with the code on both sides.',
      },
      { type: 'h2', text: 'Expand, then contract' },
      {
        type: 'p',
        text: 'Expand adds things: nullable columns, new tables, indexes built concurrently. Contract removes things once no running code depends on them. Never do both in one release.',
      },
      { type: 'h2', text: 'The four-step rename' },
      {
        type: 'ul',
        items: [
          'Add the new column and write to both columns.',
          'Backfill the new column in batches, pausing between batches to spare replication.',
          'Switch reads to the new column and stop writing the old one.',
          'Drop the old column in a later release.',
        ],
      },
      { type: 'h2', text: 'The other cases' },
      {
        type: 'p',
        text: 'A NOT NULL column is added as nullable, backfilled, then constrained with a validation step that does not lock the table. Dropping a column starts by removing every reference to it in code. Splitting a table is a rename at larger scale: dual writes, backfill, switch reads, retire.',
      },
      { type: 'h2', text: 'Phases I always run' },
      {
        type: 'p',
        text: 'Every migration gets a lock timeout, so a blocked ALTER fails fast instead of queueing every query behind it. Migrations ship separately from application deploys, so each can be rolled back on its own.',
      },
    ],
  },
  {
    collection: 'community-articles',
    kind: 'article',
    title: 'Infrastructure as Code: Terraform vs Pulumi vs CDK',
    slug: 'infrastructure-as-code-terraform-vs-pulumi-vs-cdk',
    summary:
      'Three IaC tools I have shipped to production, the trade-offs that actually matter (state, language, drift, blast radius), and the picks I would make today by team shape.',
    tags: ['reliability', 'craftsmanship', 'backend', 'code-organization'],
    author: 'nathanmurphy',
    views: 832,
    likes: 26,
    ratings: [4, 3, 5, 4, 4, 3, 5, 4, 3, 5, 4],
    publishedAt: '2026-03-21T12:00:00.000Z',
    access: 'free',
    body: [
      { type: 'h2', text: 'What actually differs' },
      {
        type: 'p',
        text: 'All three tools describe infrastructure as code and reconcile it with a cloud provider. The differences that matter in production are state, language, drift and blast radius, not syntax.',
      },
      {
        type: 'ul',
        items: [
          'State: Terraform and Pulumi keep their own state backend; CDK synthesizes CloudFormation and lets AWS hold the state.',
          'Language: Terraform uses HCL, which limits cleverness; Pulumi and CDK use general-purpose languages, which allow loops, tests and abstractions, and every way to misuse them.',
          'Drift: a Terraform plan shows drift plainly; CloudFormation drift detection exists but is slower to act on.',
          'Blast radius: one giant state means one bad apply can touch everything. Split state by service and environment whatever the tool.',
        ],
      },
      { type: 'h2', text: 'My picks by team shape' },
      {
        type: 'p',
        text: 'A platform team serving many product teams, possibly across clouds: Terraform, because HCL is boring, reviewable and widely understood. A small team of application engineers fully on AWS: CDK, because they already write TypeScript and CloudFormation handles rollback. A team that wants real unit tests for its infrastructure: Pulumi.',
      },
      { type: 'h2', text: 'The rule that matters more than the tool' },
      {
        type: 'p',
        text: 'Every change goes through a reviewed plan in CI, and nobody applies from a laptop. Most of the infrastructure incidents I have seen came from manual applies, not from the tool.',
      },
    ],
  },
  {
    collection: 'community-articles',
    kind: 'article',
    title: 'Rate Limiting on the Edge with a Redis Token Bucket',
    slug: 'rate-limiting-on-the-edge-with-a-redis-token-bucket',
    summary:
      'Token bucket as a single Redis Lua script, evaluated atomically, deployed near the edge. The implementation, the failure modes, and what I would actually ship today.',
    tags: ['rate-limiting', 'token-bucket', 'redis', 'api-design', 'reliability'],
    author: 'antonmorgan',
    views: 463,
    likes: 14,
    ratings: [5, 4, 5, 3, 4, 5, 4, 5, 4, 5],
    publishedAt: '2026-03-17T12:00:00.000Z',
    access: 'free',
    body: [
      { type: 'h2', text: 'Why a token bucket' },
      {
        type: 'p',
        text: 'A token bucket allows short bursts while enforcing an average rate, which matches how real clients behave. Each key has a capacity and a refill rate; a request spends a token or is rejected.',
      },
      { type: 'h2', text: 'One Lua script, evaluated atomically' },
      {
        type: 'p',
        text: 'The whole check is one Lua script: read the token count and last refill time, add tokens for the elapsed time, spend one if available, write both values back with an expiry, and return allowed or denied plus a retry-after. Redis runs scripts atomically, so two edge nodes can never both spend the last token. Use the Redis server time inside the script rather than each node clock, to avoid skew.',
      },
      { type: 'h2', text: 'Deploying near the edge' },
      {
        type: 'p',
        text: 'I run a Redis deployment per region next to the edge proxies and shard keys by API key hash. Cross-region consistency is not worth the latency: a client spraying two regions gets a little more than its limit, which is acceptable.',
      },
      { type: 'h2', text: 'Failure modes' },
      {
        type: 'ul',
        items: [
          'Redis unavailable: fail open for authenticated traffic, fail closed for anonymous endpoints such as login.',
          'Hot keys: one huge tenant can saturate a shard, so large tenants get their own key prefix.',
          'Slow script: keep it O(1), with no scans.',
        ],
      },
      { type: 'h2', text: 'What I would ship today' },
      {
        type: 'p',
        text: 'The same Lua bucket, a 5 ms timeout on the Redis call, a local in-memory limiter as the fail-open fallback, and response headers that tell clients how much budget they have left.',
      },
    ],
  },
  {
    collection: 'community-articles',
    kind: 'article',
    title: "Docker for Devs Who Don't Want to Be Sysadmins",
    slug: 'docker-for-devs-who-dont-want-to-be-sysadmins',
    summary:
      'The 80% of Docker that I actually use day to day, the layer-cache rules that cut my image builds from 4 minutes to 30 seconds, and the four mistakes that haunted my first year.',
    tags: ['backend', 'reliability', 'craftsmanship', 'clean-code'],
    author: 'hannahchakraborty',
    views: 234,
    likes: 5,
    ratings: [4, 5, 3, 4, 4, 5, 4, 3, 5, 4, 4, 5],
    publishedAt: '2026-03-14T12:00:00.000Z',
    access: 'free',
    body: [
      { type: 'h2', text: 'The 80% I actually use' },
      {
        type: 'p',
        text: 'Build an image from a Dockerfile, run it with environment variables and a port mapping, and use Compose to start the app with its database locally. Almost everything else belongs to the platform team.',
      },
      { type: 'h2', text: 'Layer-cache rules' },
      {
        type: 'p',
        text: 'Each instruction is a layer, and a change invalidates that layer and every one after it. My builds went from four minutes to thirty seconds by ordering instructions from least to most frequently changed.',
      },
      {
        type: 'ul',
        items: [
          'Copy the dependency manifest and lockfile first, install, then copy the source.',
          'Keep node_modules, build output and .git out of the context with a .dockerignore.',
          'Use multi-stage builds: compile in a full image, copy only the artifacts into a slim runtime image.',
          "Pin base image versions so tomorrow's rebuild produces the same thing.",
        ],
      },
      { type: 'h2', text: 'Four mistakes from my first year' },
      {
        type: 'ul',
        items: [
          'Running as root inside the container. Add a user and switch to it.',
          'Baking secrets into the image with ENV or COPY; they stay in the layer history forever.',
          'Deploying the latest tag, then being unable to say what was actually running.',
          'Writing data to the container filesystem and losing it on restart. Use volumes for anything stateful.',
        ],
      },
      {
        type: 'p',
        text: 'An image that builds the same way every time and runs as the same unprivileged user everywhere removes a whole class of works-on-my-machine incidents.',
      },
    ],
  },
  {
    collection: 'community-articles',
    kind: 'article',
    title: 'Testing Pyramid vs Trophy: Pick the Right Shape',
    slug: 'testing-pyramid-vs-trophy-pick-the-right-shape',
    summary:
      'Most teams ship the testing pyramid by accident. The trophy is what actually matches modern frontend work. Here is how to choose.',
    tags: ['testing', 'unit-testing', 'craftsmanship', 'reliability', 'code-organization'],
    author: 'aishasantos',
    views: 644,
    likes: 9,
    ratings: [4, 5, 4, 4, 3, 5, 4, 5, 4, 4, 5, 3, 4, 5],
    publishedAt: '2026-03-04T15:00:00.000Z',
    access: 'free',
    body: [
      { type: 'h2', text: 'Two shapes' },
      {
        type: 'p',
        text: 'The pyramid says: many unit tests, fewer integration tests, a handful of end-to-end tests. The trophy puts integration tests at the widest part, static analysis at the base, and keeps thin layers of unit and end-to-end tests.',
      },
      { type: 'h2', text: 'The accidental pyramid' },
      {
        type: 'p',
        text: 'Unit tests are the easiest to write, so they accumulate. The result is often thousands of tests that mock every collaborator and stay green while the product is broken, because the bugs live in the seams between components.',
      },
      { type: 'h2', text: 'How to choose' },
      {
        type: 'ul',
        items: [
          'Logic-heavy code such as pricing rules, parsers or schedulers: pyramid. Pure functions deserve dense unit tests.',
          'UI and glue code, where the value is in how the pieces fit: trophy. Render the component with its real children and assert on what the user sees.',
          'Types and linting are the first layer in both shapes; they catch a category of bugs for free.',
        ],
      },
      { type: 'h2', text: 'The rule I follow' },
      {
        type: 'p',
        text: 'Write each test at the highest level that is still fast and deterministic. An integration test that runs in under a second and never flakes beats three unit tests full of mocks. Keep end-to-end tests for the few journeys that must never break, such as sign-up and checkout, and treat a flaky one as a bug rather than noise.',
      },
    ],
  },
  {
    collection: 'community-articles',
    kind: 'article',
    title: 'The On-Call Handbook for Engineers Who Hate Being On-Call',
    slug: 'the-on-call-handbook-for-engineers-who-hate-being-on-call',
    summary:
      'The 12 hours before, the first hour of an incident, the playbook discipline that makes 3am pages survivable, and the post-rotation rituals that have stopped on-call from wrecking my health.',
    tags: ['on-call', 'reliability', 'alerting', 'handling-failure', 'craftsmanship'],
    author: 'gabrielkhalil',
    views: 548,
    likes: 15,
    ratings: [],
    publishedAt: '2026-03-04T09:00:00.000Z',
    access: 'free',
    body: [
      { type: 'h2', text: 'The 12 hours before' },
      {
        type: 'p',
        text: 'I read the handoff notes, check which deploys and migrations are scheduled during my shift, confirm that my laptop, VPN and paging app work, and make sure I know who the secondary is. Ten minutes of preparation removes most of the 3am panic.',
      },
      { type: 'h2', text: 'The first hour of an incident' },
      {
        type: 'ul',
        items: [
          'Acknowledge within five minutes, even if all you write is that you are looking.',
          'Assess user impact before cause: how many users, which feature, since when?',
          'Mitigate first: roll back, fail over or flip a flag. Root cause can wait until users are fine.',
          'Post status updates on a fixed cadence, even when nothing has changed.',
          'Escalate early. Waking a colleague costs less than an extra hour of downtime.',
        ],
      },
      { type: 'h2', text: 'Playbook discipline' },
      {
        type: 'p',
        text: 'Every alert links to a runbook. If I get paged and the runbook is wrong or missing, fixing it is part of closing the incident. Over a year, that rule turned our 3am pages from improvisation into checklists.',
      },
      { type: 'h2', text: 'After the rotation' },
      {
        type: 'p',
        text: 'I write a short rotation report: pages received, how many needed action, and which alerts should be deleted or retuned. Then I take the recovery time our policy grants after a noisy week, and I actually use it. On-call that slowly erodes sleep is a reliability problem for the team, not a personal weakness.',
      },
    ],
  },
  {
    collection: 'community-articles',
    kind: 'article',
    title: 'CI/CD Pipelines: Stop Letting Them Rot',
    slug: 'ci-cd-pipelines-stop-letting-them-rot',
    summary:
      'The maintenance habits that have kept my pipelines fast and trusted for years, the seven categories of rot I have actually seen, and the budget I run so the pipeline is treated as production code.',
    tags: ['reliability', 'craftsmanship', 'performance', 'code-organization'],
    author: 'sanjayward',
    views: 1012,
    likes: 10,
    ratings: [4, 5, 3, 4, 5, 4, 3, 5, 4],
    publishedAt: '2026-01-21T12:00:00.000Z',
    access: 'free',
    body: [
      { type: 'h2', text: 'Pipelines are production code' },
      {
        type: 'p',
        text: 'A pipeline nobody owns gets slower, flakier and less trusted, until engineers merge on red because "it is always red". At that point it protects nothing.',
      },
      { type: 'h2', text: 'Seven kinds of rot I have seen' },
      {
        type: 'ul',
        items: [
          'Flaky tests that everyone retries instead of fixing.',
          'Steps nobody remembers adding, running on every commit.',
          'Caches that silently stopped hitting.',
          'Unpinned tool versions that change behavior overnight.',
          'Secrets shared by every job.',
          'Deploy steps that only work on one runner.',
          'Manual approval gates that nobody reads.',
        ],
      },
      { type: 'h2', text: 'The maintenance habits' },
      {
        type: 'p',
        text: 'I track pipeline duration and flake rate like any other service metric, with a dashboard and a target. A flaky test is quarantined within a day and gets an owner who fixes or deletes it within a week. Tool versions are pinned and upgraded on purpose. Once a quarter, someone reviews every step and removes what does not earn its minutes.',
      },
      { type: 'h2', text: 'The budget' },
      {
        type: 'p',
        text: 'Our target is ten minutes from push to deployable artifact, with a flake rate under one percent. When we miss either for two weeks, pipeline work goes into the sprint ahead of features. That budget keeps the pipeline trusted, and a trusted pipeline is what makes small, frequent, low-risk deploys possible.',
      },
    ],
  },
  {
    collection: 'community-articles',
    kind: 'article',
    title: 'Feature Flags: Three Patterns I Keep Reusing',
    slug: 'feature-flags-three-patterns-i-keep-reusing',
    summary:
      'The release flag, the kill switch, and the experiment flag. Different lifetimes, different rollback rules, and the cleanup discipline that has stopped my flag system from becoming a graveyard.',
    tags: ['reliability', 'code-organization', 'craftsmanship', 'backend'],
    author: 'valentinamwangi',
    views: 837,
    likes: 8,
    ratings: [5, 4, 4, 5, 4, 3, 5, 4, 4, 5, 4, 5, 4],
    publishedAt: '2026-01-09T12:00:00.000Z',
    access: 'free',
    body: [
      { type: 'h2', text: 'The release flag' },
      {
        type: 'p',
        text: 'A release flag hides unfinished work so code can merge early. It lives for days or weeks, defaults to off, and is deleted once the feature is fully rolled out. Rolling back means switching it off, so the code behind it must be safe to disable at any moment.',
      },
      { type: 'h2', text: 'The kill switch' },
      {
        type: 'p',
        text: 'A kill switch turns off an expensive or risky dependency during an incident: recommendations, a third-party enrichment call, a heavy report. It lives forever, defaults to on, and must work when everything else is broken, so it reads from a local cache and never blocks on the flag service.',
      },
      { type: 'h2', text: 'The experiment flag' },
      {
        type: 'p',
        text: 'An experiment flag splits traffic between variants. It needs sticky assignment per user and lives exactly as long as the experiment. Rolling it back mid-experiment invalidates the result, so agree on stopping rules up front.',
      },
      { type: 'h2', text: 'Cleanup discipline' },
      {
        type: 'ul',
        items: [
          'Every flag gets an owner, a type and an expiry date when it is created.',
          'A weekly job lists expired flags and opens a ticket for each owner.',
          'Removing a flag means deleting the dead code path, not just the config.',
          'Kill switches are exercised in a game day every quarter.',
        ],
      },
    ],
  },
  {
    collection: 'community-articles',
    kind: 'article',
    title: 'Connection Pooling, PgBouncer, and the Prisma Trap',
    slug: 'connection-pooling-pgbouncer-and-the-prisma-trap',
    summary:
      'What a connection pool actually does, why your Postgres falls over at 200 connections, where PgBouncer sits, and the prepared-statement bug that bites every Prisma team that adds it the wrong way.',
    tags: ['database', 'performance', 'backend', 'scalability', 'reliability'],
    author: 'ananyanakamura',
    views: 322,
    likes: 2,
    ratings: [5, 4, 5, 3, 4, 5, 4, 5, 3, 4, 5, 4, 5],
    publishedAt: '2026-01-08T12:00:00.000Z',
    access: 'free',
    body: [
      { type: 'h2', text: 'What a pool does' },
      {
        type: 'p',
        text: 'Opening a Postgres connection costs a TCP and TLS handshake, authentication and a fresh backend process. A pool keeps connections open and lends them to requests, so the expensive setup happens once.',
      },
      { type: 'h2', text: 'Why Postgres falls over at 200 connections' },
      {
        type: 'p',
        text: 'Every connection is a separate server process with its own memory. Past a few hundred, memory pressure and contention hurt throughput even when most connections are idle. Autoscaling makes it worse: fifty app instances with a pool of ten each is five hundred connections.',
      },
      { type: 'h2', text: 'Where PgBouncer sits' },
      {
        type: 'p',
        text: 'PgBouncer is a small proxy between the application and Postgres. In transaction pooling mode, a server connection belongs to a client only for the length of one transaction, so thousands of client connections share a few dozen server ones.',
      },
      { type: 'h2', text: 'The Prisma trap' },
      {
        type: 'p',
        text: 'Transaction pooling breaks anything that relies on session state, and named prepared statements are session state. Prisma uses them by default, so teams that add PgBouncer start seeing "prepared statement already exists" errors once a statement lands on a different server connection. Tell Prisma it sits behind PgBouncer with the pgbouncer=true connection parameter, or run a PgBouncer release that supports prepared statements in transaction mode, and point migrations at a direct connection rather than the pooler.',
      },
      {
        type: 'p',
        text: 'For sizing, start the server pool near twice the number of database CPU cores and measure from there.',
      },
    ],
  },
  {
    collection: 'community-articles',
    kind: 'article',
    title: 'Idempotency Keys: The Pattern Stripe Taught Everyone',
    slug: 'idempotency-keys-the-pattern-stripe-taught-everyone',
    summary:
      'The key itself is the trivial part. The lifecycle, the storage, the body fingerprint, and the TTL are where production teams trip.',
    tags: ['idempotency', 'stripe', 'api-design', 'system-design', 'reliability'],
    author: 'chloekelly',
    views: 577,
    likes: 4,
    ratings: [4, 3, 5, 4, 4, 5, 3, 4, 5, 4, 3, 5],
    publishedAt: '2025-12-31T12:00:00.000Z',
    access: 'free',
    body: [
      { type: 'h2', text: 'The easy part' },
      {
        type: 'p',
        text: 'The client generates a unique key, usually a UUID, and sends it in a header with a mutating request. If the request is retried, the same key comes back, and the server returns the original result instead of charging twice.',
      },
      { type: 'h2', text: 'The hard parts' },
      {
        type: 'ul',
        items: [
          'Lifecycle: a key moves from started to completed. A second request arriving while the first is still running must wait or get a conflict, never execute again.',
          'Storage: the key, its status and the stored response are written in the same transaction as the side effect, or a crash between them leaves you guessing.',
          'Body fingerprint: store a hash of the request body. A key reused with a different body is a client bug, so reject it instead of replaying.',
          'TTL: keys cannot live forever. Twenty-four hours covers realistic retry windows; document it so clients do not retry after expiry.',
        ],
      },
      { type: 'h2', text: 'What to store as the result' },
      {
        type: 'p',
        text: 'Store the status code and response body, including deterministic errors such as validation failures. Do not store transient failures like a downstream timeout; let the retry try again.',
      },
      { type: 'h2', text: 'Where teams trip' },
      {
        type: 'p',
        text: 'The most common bug I have seen is a unique index on the key with no notion of status, so a crashed first attempt leaves a row that blocks every retry forever. Recovering stuck started keys after a lock timeout is part of the design, not an afterthought.',
      },
    ],
  },
  {
    collection: 'community-articles',
    kind: 'article',
    title: 'Webhook Design: Retries, Signatures, and Replay Protection',
    slug: 'webhook-design-retries-signatures-and-replay-protection',
    summary:
      'Sign requests. Dedupe by event id. Apply idempotently by resource id. Ack fast, process async. Tolerate out-of-order. Five concerns that turn a webhook into critical infrastructure.',
    tags: ['webhooks', 'security', 'reliability', 'idempotency', 'api-design'],
    author: 'oliviadelgado',
    views: 1038,
    likes: 31,
    ratings: [5, 4, 5, 3, 4, 5, 4, 5, 3, 5, 4],
    publishedAt: '2025-12-29T12:00:00.000Z',
    access: 'free',
    body: [
      { type: 'h2', text: 'Sign every request' },
      {
        type: 'p',
        text: 'Send an HMAC-SHA256 signature over the timestamp and raw body in a header, with a secret per endpoint. Receivers verify it with a constant-time comparison and reject timestamps older than five minutes, which blocks replays of captured requests.',
      },
      { type: 'h2', text: 'Dedupe by event id' },
      {
        type: 'p',
        text: 'Every event carries a unique id. Receivers record processed ids and drop duplicates, because senders retry on any timeout and will deliver the same event more than once.',
      },
      { type: 'h2', text: 'Apply idempotently by resource id' },
      {
        type: 'p',
        text: 'Dedupe alone is not enough when two different events touch the same resource. Apply changes as upserts keyed on the resource id, so processing an event twice leaves the same state.',
      },
      { type: 'h2', text: 'Ack fast, process async' },
      {
        type: 'p',
        text: 'Return a 2xx as soon as the event is verified and stored, then process it from a queue. Senders use short timeouts; a receiver doing real work inline times out, triggers retries and amplifies load exactly when it is struggling.',
      },
      { type: 'h2', text: 'Tolerate out-of-order delivery' },
      {
        type: 'p',
        text: 'Retries and parallel delivery mean an update can arrive before the create. Include a version or updated-at timestamp and ignore events older than the state you already hold, or treat the webhook as a signal and fetch the current resource from the API.',
      },
      {
        type: 'p',
        text: 'On the sending side: retry with exponential backoff for about three days, expose a delivery log, and let customers replay events themselves.',
      },
    ],
  },
  {
    collection: 'community-articles',
    kind: 'article',
    title: 'AWS Lambda Cold Starts: What Actually Helps',
    slug: 'aws-lambda-cold-starts-what-actually-helps',
    summary:
      'Where the cold-start time really comes from, the four levers that have moved my p99 down by hundreds of milliseconds, and the optimizations I have tried and abandoned because they did not pay back.',
    tags: ['serverless', 'performance', 'backend', 'reliability'],
    author: 'liamsuzuki',
    views: 596,
    likes: 18,
    ratings: [4, 5, 4, 5, 3, 4, 5, 4, 5, 4],
    publishedAt: '2025-12-23T12:00:00.000Z',
    access: 'free',
    body: [
      { type: 'h2', text: 'Where the time goes' },
      {
        type: 'p',
        text: 'A cold start has three parts: the platform provisioning an execution environment and fetching your package, the runtime booting, and your initialization code running outside the handler. In my profiles the third part was almost always the biggest.',
      },
      { type: 'h2', text: 'Four levers that helped' },
      {
        type: 'ul',
        items: [
          'Smaller packages: bundling and tree-shaking a Node function from 40 MB to 3 MB cut hundreds of milliseconds.',
          'Lazy initialization: create SDK clients at module scope, but import rarely used libraries only on the path that needs them.',
          'More memory: CPU scales with memory, so moving a function from 256 MB to 1 GB sped up init and often cost less overall.',
          'Provisioned concurrency for the few latency-critical functions, scheduled to follow traffic.',
        ],
      },
      { type: 'h2', text: 'Tried and abandoned' },
      {
        type: 'p',
        text: 'Warm-up pings every five minutes kept one instance warm and did nothing for bursts, which is where the cold starts actually were. Rewriting a function in a faster runtime helped init, but the team could not maintain it. Moving functions out of a VPC was wasted effort: VPC networking stopped being a major cold-start cost years ago.',
      },
      { type: 'h2', text: 'The reliability angle' },
      {
        type: 'p',
        text: 'Cold starts cluster during traffic spikes and deploys, exactly when you least want p99 to jump. Chart init duration separately from handler duration, and give callers timeouts that account for it.',
      },
    ],
  },
  {
    collection: 'question-bundles',
    kind: 'question-bundle',
    title: 'Incident Debrief Questions They Asked Me',
    slug: 'incident-debrief-questions-they-asked-me',
    summary:
      'A 4-question set drawn from the debrief portion of an SRE-flavored loop. Every behavioral prompt about an on-call story got paired with a design follow-up the interviewer used to stress-test the takeaway.',
    tags: ['interview-prep', 'behavioral-interview', 'reliability', 'system-design-interview'],
    author: 'lilyadeyemi',
    views: 798,
    likes: 25,
    ratings: [],
    publishedAt: '2025-12-18T12:00:00.000Z',
    language: 'Python',
    access: 'free',
    body: [
      {
        type: 'p',
        text: 'In this loop the debrief round worked like a ratchet: I told an on-call story, and the interviewer immediately asked me to build the mechanism my postmortem claimed would prevent a repeat. Each question below pairs the behavioral prompt with that follow-up. Have the story ready and be able to write the code in fifteen minutes.',
      },
    ],
    questions: [
      {
        prompt:
          'Behavioral: tell me about an incident where retries made an outage worse. Design follow-up: implement a retry helper with capped exponential backoff and full jitter that retries only errors the caller marks as retryable, and explain how it would have changed your incident.',
        starterCode: `import random
import time


class RetryableError(Exception):
    pass


def call_with_retries(fn, max_attempts=5, base=0.1, cap=5.0, sleep=time.sleep):
    """Call fn(); retry RetryableError with backoff. Re-raise anything else."""
    ...
`,
        hints:
          'Full jitter: sleep a random amount between 0 and min(cap, base * 2 ** attempt). Do not sleep after the last attempt. Non-retryable errors propagate immediately. For the story, quantify the amplification: three layers that each retry three times turn one user request into up to 27 calls at the bottom.',
        solution: withCode(
          'A strong story: a dependency slowed down, several layers retried immediately, and load on the struggling service multiplied until it fell over. Mitigation was shedding load and switching retries off with a flag; prevention was retrying at one layer only, with backoff and jitter, plus a retry budget so retries never exceed about 10% of requests. The code: jitter spreads synchronized clients out so they do not hammer the dependency in waves, the cap bounds the wait, and injecting sleep makes the helper testable without real delays.',
          `
import random
import time


class RetryableError(Exception):
    pass


def call_with_retries(fn, max_attempts=5, base=0.1, cap=5.0, sleep=time.sleep):
    for attempt in range(max_attempts):
        try:
            return fn()
        except RetryableError:
            if attempt == max_attempts - 1:
                raise
            sleep(random.uniform(0, min(cap, base * 2 ** attempt)))
`,
        ),
      },
      {
        prompt:
          'Behavioral: describe a time a downstream dependency failed and your service went down with it. Design follow-up: implement a minimal circuit breaker with closed, open and half-open states, and say where in your incident it would have helped.',
        starterCode: `import time


class CircuitOpenError(Exception):
    pass


class CircuitBreaker:
    def __init__(self, failure_threshold=5, reset_timeout=30.0, clock=time.monotonic):
        ...

    def call(self, fn):
        ...
`,
        hints:
          'Closed: count consecutive failures and open when they reach the threshold. Open: fail fast until reset_timeout has passed. Half-open: let a trial call through; success closes the circuit, failure re-opens it. Inject the clock so you can test without sleeping. In the story, say what users saw while the breaker was open: the fallback matters as much as the breaker.',
        solution: withCode(
          'The story to tell: threads piled up waiting on a dependency with a long timeout, the pool exhausted, and healthy endpoints failed too. A breaker would have turned 30-second hangs into instant failures, freeing threads, while a fallback such as cached data or a degraded page kept the core flow alive. The state is derived from opened_at and the clock, so there is no timer thread. This version is single-threaded; under concurrency, guard the state with a lock and allow only one trial call in the half-open state.',
          `
import time


class CircuitOpenError(Exception):
    pass


class CircuitBreaker:
    def __init__(self, failure_threshold=5, reset_timeout=30.0, clock=time.monotonic):
        self.failure_threshold = failure_threshold
        self.reset_timeout = reset_timeout
        self.clock = clock
        self.failures = 0
        self.opened_at = None

    @property
    def state(self):
        if self.opened_at is None:
            return 'closed'
        if self.clock() - self.opened_at >= self.reset_timeout:
            return 'half-open'
        return 'open'

    def call(self, fn):
        if self.state == 'open':
            raise CircuitOpenError('dependency unavailable, failing fast')
        try:
            result = fn()
        except Exception:
            self.failures += 1
            if self.state == 'half-open' or self.failures >= self.failure_threshold:
                self.opened_at = self.clock()
            raise
        self.failures = 0
        self.opened_at = None
        return result
`,
        ),
      },
      {
        prompt:
          'Behavioral: tell me about an alert that kept paging you for nothing, and what you did about it. Design follow-up: replace a static error-rate threshold with a multi-window burn-rate check for a 99.9% availability SLO over 30 days. Implement the function that decides whether to page, open a ticket, or do nothing.',
        starterCode: `def should_page(ratios, slo=0.999):
    """ratios: error ratio (failed / total) per window, keys '5m', '30m', '1h', '6h', '3d'.
    Return 'page', 'ticket' or None."""
    ...
`,
        hints:
          'Burn rate = error ratio / (1 - SLO). A burn rate of 1 spends the whole budget exactly over the SLO window. Commonly used thresholds: page when both 1h and 5m burn faster than 14.4, or both 6h and 30m faster than 6; ticket when both 3d and 6h burn faster than 1. The short window lets the alert clear soon after recovery.',
        solution: withCode(
          'The story: measure before cutting. Count the pages over a few rotations, how many needed action, and show the number to the team; then replace cause-based thresholds with symptom-based SLO alerts and report pages per week afterwards. The design: a burn rate of 14.4 sustained for one hour spends 2% of a 30-day budget (14.4 x 1h / 720h), which deserves a human now; a rate of 6 for six hours spends 5%. Requiring the short window as well stops the alert from firing long after the problem has ended. Slow burns become tickets rather than pages.',
          `
def burn_rate(error_ratio, slo):
    return error_ratio / (1 - slo)


def should_page(ratios, slo=0.999):
    def burning(long_window, short_window, threshold):
        return (
            burn_rate(ratios[long_window], slo) > threshold
            and burn_rate(ratios[short_window], slo) > threshold
        )

    if burning('1h', '5m', 14.4) or burning('6h', '30m', 6):
        return 'page'
    if burning('3d', '6h', 1):
        return 'ticket'
    return None
`,
        ),
      },
      {
        prompt:
          'Behavioral: walk me through an incident where a message was processed twice and corrupted data. Design follow-up: make a payment-capture consumer idempotent so that redelivered or duplicated messages are harmless. Implement the handler against the store interface given.',
        starterCode: `class Store:
    """Each method is atomic, e.g. backed by a database transaction."""

    def insert_if_absent(self, key, value):  # True if inserted, False if the key exists
        ...

    def get(self, key):
        ...

    def set(self, key, value):
        ...


def handle_capture(store, message, capture):
    """message: dict with 'message_id', 'payment_id' and 'amount'.
    capture(payment_id, amount, idempotency_key) calls the payment provider
    and returns a capture id."""
    ...
`,
        hints:
          'Key on the payment, not on the message: a producer bug can emit two different messages for one payment. Record the attempt before calling the provider, and pass the same key to the provider so a crash between capture and bookkeeping is safe to retry.',
        solution: withCode(
          'The story: the team assumed exactly-once delivery, a consumer rebalance redelivered a batch, and some customers were charged twice. Mitigation was pausing the consumer and reconciling against the provider to refund duplicates; prevention was an idempotent consumer plus a daily reconciliation job with an alert. In the code, the record is keyed on the payment id. A completed record short-circuits. A started record means an earlier attempt crashed or is still running; calling the provider again is safe only because the provider deduplicates on the same idempotency key, which is the point interviewers push on.',
          `
def handle_capture(store, message, capture):
    key = f"capture:{message['payment_id']}"
    created = store.insert_if_absent(
        key, {'status': 'started', 'message_id': message['message_id']}
    )
    if not created:
        record = store.get(key)
        if record['status'] == 'done':
            return record['capture_id']
    capture_id = capture(message['payment_id'], message['amount'], idempotency_key=key)
    store.set(key, {'status': 'done', 'capture_id': capture_id})
    return capture_id
`,
        ),
      },
    ],
  },
]
