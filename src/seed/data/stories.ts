import type { SeedBlock } from './blocks'

export interface SeedStory {
  title: string
  slug: string
  summary: string
  tags: string[] // tag slugs, lowercase-kebab
  publishedAt: string // ISO 8601 UTC
  views: number
  likes: number
  body: SeedBlock[]
}

export const seedStories: SeedStory[] = [
  {
    title: 'The Cache Stampede That Took Down Our API',
    slug: 'the-cache-stampede-that-took-down-our-api',
    summary:
      'A production incident where an accidental cache flush caused a cache stampede, overwhelming the database connection pool and taking down the API. Learn about cache stampedes, connection pool exhaustion, and how to prevent them.',
    tags: ['caching', 'databases', 'reliability', 'incident-response', 'performance'],
    publishedAt: '2025-09-09T14:00:00.000Z',
    views: 2840,
    likes: 57,
    body: [
      { type: 'h2', text: 'What happened' },
      {
        type: 'p',
        text: 'Our product API sits behind a Redis cache that absorbs about 97% of reads; PostgreSQL only sees the misses. On a Tuesday afternoon an engineer ran a maintenance script meant for staging. Its Redis URL came from an environment variable that had been left pointing at production, and the script began with FLUSHALL. Within a second the hit ratio dropped to zero and every request went straight to the database.',
      },
      {
        type: 'p',
        text: 'The API ran 40 instances, each with a pool of 20 database connections. Thousands of concurrent requests asked for the same few hundred hot keys, and each miss ran the same expensive query. The pools drained, requests queued for a connection with a 30 second acquisition timeout, worker threads piled up, and the health checks, which also touched the database, began to fail. The load balancer removed instances, pushing even more traffic onto the survivors.',
      },
      { type: 'h2', text: 'Timeline' },
      {
        type: 'ul',
        items: [
          'T+0 — FLUSHALL runs against the production Redis cluster.',
          'T+1m — Database CPU hits 100%; p99 latency climbs past 20 seconds.',
          'T+3m — Health checks fail and the load balancer starts ejecting instances; on-call is paged.',
          'T+12m — Gateway rate limit lowered to 10% of normal traffic to let the database breathe.',
          'T+25m — A warm-up job preloads the top 5,000 keys; rate limit raised in steps.',
          'T+48m — Full traffic restored and error rate back to baseline.',
        ],
      },
      { type: 'h2', text: 'Root cause' },
      {
        type: 'p',
        text: 'The flush was the trigger, but the outage came from a design that assumed a warm cache. Nothing coalesced concurrent misses for the same key, so one cold key could produce hundreds of identical queries. Long pool timeouts turned a slow database into stuck threads, and database-dependent health checks turned a partial brownout into a full outage.',
      },
      { type: 'h2', text: 'The fix' },
      {
        type: 'p',
        text: 'We added request coalescing so only one request per key recomputes a missing value while the others wait for its result. Entries are now served stale-while-revalidate with jittered TTLs, so keys do not expire in lockstep. Pool acquisition timeouts dropped to 500 ms so the API fails fast instead of hoarding threads, and the liveness check no longer depends on PostgreSQL. Finally, FLUSHALL and FLUSHDB are blocked through Redis ACLs for application users, and production credentials are no longer readable from staging hosts.',
      },
      { type: 'h2', text: 'Lessons' },
      {
        type: 'ul',
        items: [
          'A cache you cannot run without is part of your capacity plan; test a cold start on purpose.',
          'Coalesce misses per key; a stampede multiplies one miss by your concurrency.',
          'Short pool timeouts and load shedding keep a slow dependency from exhausting your threads.',
          'Health checks should reflect whether the process can serve, not whether every dependency is happy.',
        ],
      },
    ],
  },
  {
    title: "The Circuit Breaker That Didn't Break",
    slug: 'the-circuit-breaker-that-didn-t-break',
    summary:
      'A production incident where a misconfigured circuit breaker allowed cascading failures to propagate, taking down multiple services. Learn about circuit breaker patterns, failure isolation, and resilience.',
    tags: ['microservices', 'reliability', 'distributed-systems', 'incident-response'],
    publishedAt: '2025-10-07T15:30:00.000Z',
    views: 2210,
    likes: 44,
    body: [
      { type: 'h2', text: 'What happened' },
      {
        type: 'p',
        text: "Checkout calls a pricing service for every cart, and that call is wrapped in a circuit breaker. The breaker was supposed to open when pricing misbehaved and let checkout fall back to cached prices. During a Friday sale, pricing's database started struggling with a long-running analytics query, and pricing responses slowed from 40 ms to between 15 and 28 seconds. They were slow, but they still succeeded.",
      },
      {
        type: 'p',
        text: "The breaker never opened. Checkout's shared pool of 200 request threads filled with calls waiting on pricing, so checkout stopped answering anything, including requests that never needed prices. Cart and order services called checkout through breakers with the same configuration, and they stalled the same way. Within minutes, three services that had nothing wrong with them were down.",
      },
      { type: 'h2', text: 'Timeline' },
      {
        type: 'ul',
        items: [
          'T+0 — Analytics query starts on the pricing database; pricing p99 rises above 15 seconds.',
          'T+4m — Checkout thread pool saturated; checkout error rate climbs past 60%.',
          'T+7m — Cart and order services exhaust their own threads waiting on checkout.',
          'T+15m — On-call notices the breaker dashboard shows every breaker as CLOSED.',
          'T+22m — Analytics query killed; pricing latency recovers.',
          'T+35m — Services restarted to clear stuck threads; sale traffic flowing again.',
        ],
      },
      { type: 'h2', text: 'Root cause' },
      {
        type: 'p',
        text: "The breaker counted only exceptions and 5xx responses as failures. The client timeout was 30 seconds, copied from a library default, so a 28 second response was recorded as a success. From the breaker's point of view pricing was perfectly healthy. On top of that, every downstream call shared one thread pool, so a single slow dependency could consume all of the capacity of the caller.",
      },
      { type: 'h2', text: 'The fix' },
      {
        type: 'p',
        text: "Client timeouts are now derived from the dependency's observed p99 plus headroom; for pricing that is 800 ms. The breaker also tracks a slow-call rate, so it opens when more than half of calls in a sliding window exceed 500 ms, not only when they throw. Each dependency gets its own bulkhead, a bounded pool with a small queue, so pricing can exhaust at most 30 threads. Checkout falls back to the last known price list when the breaker is open. We now run a monthly fault injection exercise that adds latency to a dependency and verifies the breaker actually trips.",
      },
      { type: 'h2', text: 'Lessons' },
      {
        type: 'ul',
        items: [
          'Slow is the most dangerous failure mode; a breaker that ignores latency will not protect you.',
          'Timeouts are the foundation of every other resilience pattern; never ship library defaults.',
          "Bulkheads keep one bad dependency from consuming all of a service's capacity.",
          'A breaker you have never seen open is a breaker you have not tested.',
        ],
      },
    ],
  },
  {
    title: 'The Hot Partition That Overwhelmed Our Database',
    slug: 'the-hot-partition-that-overwhelmed-our-database',
    summary:
      'A production incident where a hot partition in a sharded database caused one shard to handle 90% of traffic, overwhelming it and causing service degradation. Learn about database sharding, partition keys, and load balancing.',
    tags: ['databases', 'distributed-systems', 'performance', 'reliability'],
    publishedAt: '2025-11-04T10:15:00.000Z',
    views: 1935,
    likes: 38,
    body: [
      { type: 'h2', text: 'What happened' },
      {
        type: 'p',
        text: 'Our event ingestion pipeline writes to 16 PostgreSQL shards, routed by a hash of account_id. For two years this spread load evenly, because no single account was more than a few percent of traffic. Then our largest customer launched a marketing campaign that sent push notifications to their entire user base, and the resulting open and click events all carried the same account_id.',
      },
      {
        type: 'p',
        text: 'Within half an hour, shard 11 was handling about 90% of all writes while the other fifteen sat nearly idle. Its CPU pinned at 100%, WAL generation outran the replicas, and replication lag reached several minutes. Every other account that happened to hash to shard 11 saw writes time out and dashboards go stale, even though their own traffic was normal.',
      },
      { type: 'h2', text: 'Timeline' },
      {
        type: 'ul',
        items: [
          'T+0 — Customer campaign starts; event rate for one account jumps 40x.',
          'T+18m — Shard 11 CPU at 100%; write latency p99 above 4 seconds.',
          'T+25m — Replication lag alert fires; read replicas serving minutes-old data.',
          'T+40m — Per-account ingestion rate limit applied to the hot account; excess events buffered in Kafka.',
          'T+70m — Four smaller accounts moved off shard 11 to reduce collateral damage.',
          'T+3h — Campaign traffic subsides; buffered events drained and lag back to zero.',
        ],
      },
      { type: 'h2', text: 'Root cause' },
      {
        type: 'p',
        text: 'The partition key had good cardinality but terrible skew. Hashing spreads distinct keys across shards, but it cannot split a single key: all rows for one account always land on one shard. Our capacity model assumed the busiest account would stay small relative to a shard, and no alert existed for uneven load between shards, only for absolute thresholds that fired too late.',
      },
      { type: 'h2', text: 'The fix' },
      {
        type: 'p',
        text: "Large accounts now use write sharding: the routing key is account_id plus a bucket computed as hash(event_id) mod 8, so one account can spread across up to eight shards. Reads for those accounts scatter to all eight buckets and merge results, which costs a little latency but only for the accounts that need it. A directory table lets us promote an account to bucketed routing without a redeploy. We also added per-account ingestion quotas and a dashboard showing each shard's share of writes, with an alert when any shard exceeds twice its fair share.",
      },
      { type: 'h2', text: 'Lessons' },
      {
        type: 'ul',
        items: [
          'Choose partition keys for the distribution of load, not only the number of distinct values.',
          'Plan for the tenant that is a hundred times bigger than average; it will eventually arrive.',
          'Monitor skew between shards, not just the health of each shard in isolation.',
          'Per-tenant rate limits protect noisy neighbours from each other.',
        ],
      },
    ],
  },
  {
    title: 'The Memory Leak That Caused Gradual Degradation',
    slug: 'the-memory-leak-that-caused-gradual-degradation',
    summary:
      'A production incident where a memory leak in notification processing code caused gradual memory increase over 21 days, eventually leading to pod OOM kills and service degradation. Learn about memory leak detection, bounded data structures, and monitoring memory trends.',
    tags: ['performance', 'monitoring', 'reliability', 'incident-response'],
    publishedAt: '2025-12-02T09:00:00.000Z',
    views: 1620,
    likes: 29,
    body: [
      { type: 'h2', text: 'What happened' },
      {
        type: 'p',
        text: 'Our notification workers are Node.js processes running as Kubernetes pods with a 1 GiB memory limit. They consume jobs from a queue and send email and push messages. Three weeks after a release, during a holiday change freeze, all six worker pods were OOM-killed within two hours of each other. They restarted, but the queue had built a backlog, and users received password reset emails forty minutes late.',
      },
      {
        type: 'p',
        text: 'Nothing had changed that day, which was the confusing part. Looking back at the memory graphs, every pod had grown at a steady 35 to 40 MB per day since the release. Our weekly deploys had been restarting the pods and hiding the leak; the change freeze simply gave it enough time to reach the limit.',
      },
      { type: 'h2', text: 'Timeline' },
      {
        type: 'ul',
        items: [
          'T+0 — Release adds retry deduplication to the notification worker.',
          'T+7d — Last deploy before the freeze restarts all pods; heap resets to about 250 MB.',
          'T+21d — Pods reach the 1 GiB limit and are OOM-killed one after another; queue depth alert fires.',
          'T+21d 2h — Memory limit raised to 2 GiB as a stopgap; backlog drains.',
          'T+22d — Heap snapshots taken an hour apart show one Map growing without bound.',
          'T+23d — Fix deployed; memory flat at around 260 MB since.',
        ],
      },
      { type: 'h2', text: 'Root cause' },
      {
        type: 'p',
        text: 'To avoid sending duplicates when a job was retried, the release added a module-level Map from notification ID to a processing record. Entries were deleted in the error handler but not on the success path, so every successfully sent notification left an entry behind forever. At roughly 200,000 notifications a day and a couple of hundred bytes per entry, the Map grew slowly enough to look like noise on any single day.',
      },
      { type: 'h2', text: 'The fix' },
      {
        type: 'p',
        text: 'Deduplication moved out of process memory into Redis, using SET with NX and a 24 hour expiry, which also makes it work across pods. Where we still need in-process caches, we use an LRU with both a maximum size and a TTL, and a lint rule flags unbounded module-level Map and Set instances. For monitoring, we added an alert on the trend of working set memory: if linear extrapolation of the last six hours says a pod will hit its limit within four days, the owning team gets a ticket.',
      },
      { type: 'h2', text: 'Lessons' },
      {
        type: 'ul',
        items: [
          'Every cache and lookup table needs an eviction policy; unbounded means leaking.',
          'Frequent deploys can mask slow leaks; long change freezes will reveal them.',
          'Alert on memory slope, not only on absolute thresholds.',
          'Comparing two heap snapshots taken apart in time is the fastest way to find what is growing.',
        ],
      },
    ],
  },
  {
    title: 'The Misconfigured Load Balancer That Created a Single Point of Failure',
    slug: 'the-misconfigured-load-balancer-that-created-a-single-point-of-failure',
    summary:
      'A production incident where a misconfigured load balancer sent all traffic to a single backend server, causing it to crash and take down the service. Learn about load balancer configuration, health checks, and redundancy.',
    tags: ['load-balancing', 'reliability', 'monitoring', 'incident-response'],
    publishedAt: '2026-01-13T16:45:00.000Z',
    views: 1410,
    likes: 24,
    body: [
      { type: 'h2', text: 'What happened' },
      {
        type: 'p',
        text: 'We run six application servers behind a pair of HAProxy nodes. The HAProxy configuration is rendered from a template fed by our inventory, and one evening we shipped a refactor of that template. The deploy happened off-peak, every check passed, and the site worked. What nobody noticed was that the template now marked servers two through six with the backup keyword.',
      },
      {
        type: 'p',
        text: 'HAProxy only sends traffic to backup servers when every primary server is down. So from that evening on, app-1 served 100% of requests. At night it coped. The next morning, as traffic ramped up, its request latency climbed, its JVM spent most of its time in garbage collection, and requests began timing out. The other five servers were sitting almost idle.',
      },
      { type: 'h2', text: 'Timeline' },
      {
        type: 'ul',
        items: [
          'T+0 — Template refactor deployed at 22:00; app-2 to app-6 become backup servers.',
          'T+10h — Morning traffic arrives; app-1 CPU at 95%, p99 latency above 8 seconds.',
          'T+10h 20m — app-1 runs out of heap and crashes; HAProxy fails over to app-2 only.',
          'T+10h 24m — app-2 crashes under the full load; service fully down; on-call paged.',
          'T+10h 41m — Engineer spots the backup flags in the rendered config and reverts the template.',
          'T+10h 50m — Traffic balanced across six servers; service recovered.',
        ],
      },
      { type: 'h2', text: 'Root cause' },
      {
        type: 'p',
        text: 'A loop-index bug in the template emitted backup for every entry after the first. Without option allbackups, HAProxy also uses only the first backup when primaries fail, so failover moved the entire load onto another single server. Health checks were plain TCP connects, and an overloaded app-1 still accepted connections, so it stayed marked healthy for twenty minutes while it timed out requests. Our dashboards showed average fleet CPU, which looked like a comfortable 18%.',
      },
      { type: 'h2', text: 'The fix' },
      {
        type: 'p',
        text: 'The template bug is fixed, and CI now parses the rendered configuration and fails if the number of active servers does not match the inventory. Health checks use option httpchk against a /healthz endpoint with an expected 200 status and a short timeout. Each server has a maxconn limit, so excess requests queue in HAProxy instead of piling onto one process. Dashboards now show per-server request rate and CPU, and an alert fires when any backend receives more than twice its expected share.',
      },
      { type: 'h2', text: 'Lessons' },
      {
        type: 'ul',
        items: [
          'Redundancy on paper is not redundancy; verify that traffic actually reaches every server.',
          'A TCP check only proves the port is open, not that the service can answer.',
          'Averages hide hotspots; look at the distribution across instances.',
          'Generated configuration deserves tests just like application code.',
        ],
      },
    ],
  },
  {
    title: 'The Monolith to Microservices Migration That Almost Failed',
    slug: 'the-monolith-to-microservices-migration-that-almost-failed',
    summary:
      'A production incident during a monolith to microservices migration where service dependencies and data consistency issues caused cascading failures. Learn about migration strategies, service boundaries, and data consistency in distributed systems.',
    tags: ['microservices', 'distributed-systems', 'databases', 'reliability'],
    publishedAt: '2026-02-10T11:30:00.000Z',
    views: 2560,
    likes: 51,
    body: [
      { type: 'h2', text: 'What happened' },
      {
        type: 'p',
        text: 'We were extracting order management from a Rails monolith into a separate service with its own database, using the strangler fig approach: a routing layer sent a growing percentage of order traffic to the new service. To keep both sides in sync during the transition, the monolith wrote each order to its own table and then called the new service to write the same order there.',
      },
      {
        type: 'p',
        text: 'At 30% rollout, a flash sale tripled order volume. The new order service needed customer and address data, which still lived in the monolith, so it called back into the monolith synchronously. The monolith, meanwhile, was calling the order service for every dual write. Under load the two systems were waiting on each other, timeouts cascaded, and checkout failed for about a third of customers. Worse, orders that timed out halfway existed in one database but not the other.',
      },
      { type: 'h2', text: 'Timeline' },
      {
        type: 'ul',
        items: [
          'T+0 — Flash sale starts; order traffic triples.',
          'T+6m — Monolith request queue grows; order service latency above 5 seconds.',
          'T+11m — Checkout error rate reaches 32%; incident declared.',
          'T+19m — Feature flag routes all orders back to the monolith; dual writes disabled.',
          'T+30m — Checkout recovers; reconciliation finds 1,842 orders present in only one database.',
          'T+2d — All mismatched orders repaired and the migration paused for a redesign.',
        ],
      },
      { type: 'h2', text: 'Root cause' },
      {
        type: 'p',
        text: 'Two design choices combined. First, dual writes across two databases without a shared transaction guarantee divergence: any failure between the two writes leaves them inconsistent. Second, the service boundary was drawn around a code module rather than around data ownership, so the new service depended synchronously on the system it was replacing, creating a dependency cycle that amplified every slowdown.',
      },
      { type: 'h2', text: 'The fix' },
      {
        type: 'p',
        text: 'The monolith now writes orders and an outbox row in the same transaction, and a change data capture pipeline publishes those rows to Kafka, where the order service consumes them. There is exactly one source of truth at each phase of the migration. The order service keeps its own read model of customer data, fed by events, so it no longer calls the monolith at request time. Before each rollout step we run shadow traffic and a nightly reconciliation job that compares both stores and reports drift.',
      },
      { type: 'h2', text: 'Lessons' },
      {
        type: 'ul',
        items: [
          'Avoid dual writes; use an outbox or change data capture so one write is authoritative.',
          'Draw service boundaries around data ownership, not around folders in the codebase.',
          'Synchronous calls in both directions create a cycle that turns slowness into outage.',
          'Keep a fast, tested rollback path, such as a feature flag, for every migration step.',
        ],
      },
    ],
  },
  {
    title: 'The N+1 Query Problem That Slowed Down Our API',
    slug: 'the-n-1-query-problem-that-slowed-down-our-api',
    summary:
      'A production incident where an N+1 query problem in a user feed endpoint caused database load to spike, slowing down the entire API. Learn about N+1 queries, eager loading, and query optimization.',
    tags: ['databases', 'performance', 'reliability', 'monitoring'],
    publishedAt: '2026-03-17T13:00:00.000Z',
    views: 2975,
    likes: 60,
    body: [
      { type: 'h2', text: 'What happened' },
      {
        type: 'p',
        text: 'Our feed endpoint returns recent posts from the people a user follows. A mobile release raised the page size from 20 to 100 posts and added a preview of the top comment on each one. The change passed review and tests, and in staging the endpoint felt fast. In production, as the new app version rolled out, PostgreSQL went from about 4,000 queries per second to over 60,000, and every endpoint sharing that database slowed down.',
      },
      {
        type: 'p',
        text: 'The feed itself climbed to a p99 of 3.5 seconds. Because each feed request held a database connection for the whole serialization, the pool stayed saturated, and unrelated endpoints like login and search started waiting for connections too.',
      },
      { type: 'h2', text: 'Timeline' },
      {
        type: 'ul',
        items: [
          'T+0 — Mobile release reaches 10% of users.',
          'T+2h — Staged rollout at 50%; database CPU at 85%, API p99 doubles.',
          'T+2h 15m — Database CPU alert pages on-call; slow query log shows nothing slow.',
          'T+2h 40m — Query count per request in APM traces reveals 301 queries for a single feed call.',
          'T+3h — Page size capped at 20 server-side as a mitigation; load drops sharply.',
          'T+1d — Eager loading fix deployed; cap raised back to 100.',
        ],
      },
      { type: 'h2', text: 'Root cause' },
      {
        type: 'p',
        text: 'The serializer accessed post.author, post.like_count and post.top_comment, each a lazily loaded association in our ORM. One query fetched the page of posts, then three more ran for every post: 1 + 3 x 100 = 301 queries. Each query was individually fast, which is why the slow query log was silent, but the round trips added up to hundreds of milliseconds per request and an enormous query rate overall.',
      },
      { type: 'h2', text: 'The fix' },
      {
        type: 'p',
        text: 'Authors are now loaded with a join, and top comments with a single WHERE post_id IN (...) query using a window function to pick one comment per post. Like counts come from a denormalized counter column updated transactionally, instead of a COUNT per post. The endpoint now issues three queries regardless of page size. We added a test helper that asserts the maximum number of queries per request for key endpoints, and APM dashboards now track queries per request alongside latency.',
      },
      { type: 'h2', text: 'Lessons' },
      {
        type: 'ul',
        items: [
          'N+1 problems scale with page size, so they hide in tests with small fixtures.',
          'A slow query log will not catch many fast queries; watch query count per request.',
          'Make eager loading explicit at the call site that knows which associations it needs.',
          'Enforce server-side limits on page size rather than trusting clients.',
        ],
      },
    ],
  },
  {
    title: 'The On-Call Fatigue That Led to a Critical Bug',
    slug: 'the-on-call-fatigue-that-led-to-a-critical-bug',
    summary:
      'A production incident where on-call fatigue caused an engineer to make a critical mistake during an incident response, making the outage worse. Learn about on-call practices, incident response, and team health.',
    tags: ['on-call', 'incident-response', 'monitoring', 'reliability'],
    publishedAt: '2026-04-21T08:30:00.000Z',
    views: 1780,
    likes: 47,
    body: [
      { type: 'h2', text: 'What happened' },
      {
        type: 'p',
        text: 'It was the last night of a week-long rotation. Our on-call engineer had been paged 62 times that week, mostly by a flapping disk usage alert and a queue depth check that cleared on its own. At 03:40 they were paged again, this time for a real problem: a bad configuration push was causing the payments API to reject about 15% of requests.',
      },
      {
        type: 'p',
        text: 'Exhausted and alone, they decided to roll back. Our deploy tool listed services alphabetically, and they selected the ledger service instead of the payments API. The ledger had shipped a schema migration the day before, and its previous version could not handle the new columns. Every ledger write began to fail, and the partial payments outage became a total one.',
      },
      { type: 'h2', text: 'Timeline' },
      {
        type: 'ul',
        items: [
          'T+0 — Payments API error rate at 15% after a configuration push; on-call paged.',
          'T+9m — Rollback issued against the ledger service by mistake.',
          'T+11m — Ledger writes fail; payments error rate reaches 100%.',
          'T+25m — Engineer escalates; secondary on-call and an incident commander join.',
          'T+38m — Ledger rolled forward to the current version; configuration push reverted.',
          'T+52m — Payments fully recovered; queued transactions replayed.',
        ],
      },
      { type: 'h2', text: 'Root cause' },
      {
        type: 'p',
        text: "Our blameless review concluded the mistake was predictable, not personal. Roughly 80% of that week's pages required no action, and repeated night pages had left the engineer severely sleep deprived. There was no secondary on-call expected to join, no incident commander role, and no runbook for the payments service. The rollback tool accepted any service without showing what would change or warning about schema compatibility.",
      },
      { type: 'h2', text: 'The fix' },
      {
        type: 'p',
        text: 'We audited every paging alert and deleted or downgraded any that had not led to action in the past month; pages are now driven by user-facing SLO burn rates. Each rotation has a primary and a secondary, and any incident affecting customers pulls in an incident commander so the responder is never deciding alone. Engineers who are paged overnight start late the next day. The rollback tool now requires typing the service name, shows the diff between versions, and blocks rollbacks across incompatible migrations.',
      },
      { type: 'h2', text: 'Lessons' },
      {
        type: 'ul',
        items: [
          'Alert fatigue is an incident risk; every non-actionable page makes the next real one harder.',
          'Tired people make mistakes, so design tools and processes that expect them.',
          'Never leave one person to diagnose, decide and execute during a serious incident.',
          'Track page volume and night pages as a measure of team health.',
        ],
      },
    ],
  },
  {
    title: 'The Race Condition That Only Happened in Production',
    slug: 'the-race-condition-that-only-happened-in-production',
    summary:
      'A production bug where a race condition in inventory management caused items to be oversold. The bug was impossible to reproduce in testing but happened frequently in production. Learn about race conditions, distributed locks, and debugging production-only bugs.',
    tags: ['concurrency', 'databases', 'distributed-systems', 'reliability'],
    publishedAt: '2026-06-02T12:00:00.000Z',
    views: 2390,
    likes: 53,
    body: [
      { type: 'h2', text: 'What happened' },
      {
        type: 'p',
        text: 'Our store sells limited product drops: a few hundred units released at a fixed time. After several drops, support noticed a pattern of apologetic emails to customers whose paid orders could not be fulfilled. One drop of 300 sneakers had produced 341 orders. Every test we wrote passed, QA could never reproduce it, and staging never oversold a single item.',
      },
      { type: 'h2', text: 'Timeline' },
      {
        type: 'ul',
        items: [
          'T+0 — Limited drop goes live; 300 units, about 9,000 requests in the first minute.',
          'T+2d — Reconciliation shows 41 more orders than units; ticket opened.',
          'T+5d — Logs show pairs of orders for the same SKU decrementing from the same stock value within milliseconds.',
          'T+6d — Load test with 200 concurrent buyers against a SKU with stock 10 oversells on every run.',
          'T+7d — Redis lock shipped as a stopgap; oversells drop but do not stop.',
          'T+12d — Atomic conditional update deployed; zero oversells in every drop since.',
        ],
      },
      { type: 'h2', text: 'Root cause' },
      {
        type: 'p',
        text: 'The checkout code read the stock level, checked that it was positive, and then wrote back stock minus one, all as separate statements under the default READ COMMITTED isolation level. Two requests could both read 1, both pass the check, and both write 0: a classic lost update from a check-then-act race. Tests ran requests sequentially, and staging had one instance with little traffic, so the window of a few milliseconds was never hit. Production ran twelve instances under a burst of thousands of simultaneous buyers, which made the race almost certain.',
      },
      {
        type: 'p',
        text: 'The Redis lock stopgap helped but was not safe. Locks had a 5 second TTL, and when an instance paused for garbage collection longer than that, the lock expired while the holder still believed it owned it. Without fencing tokens checked by the database, a distributed lock cannot guarantee mutual exclusion.',
      },
      { type: 'h2', text: 'The fix' },
      {
        type: 'p',
        text: 'We made the database enforce the invariant. Checkout now runs UPDATE inventory SET stock = stock - 1 WHERE sku = $1 AND stock > 0, and treats zero affected rows as sold out. A CHECK constraint forbids negative stock as a backstop. The Redis lock was removed.',
      },
      { type: 'h2', text: 'Lessons' },
      {
        type: 'ul',
        items: [
          'Read-modify-write in application code is a race unless the database makes it atomic.',
          'Put invariants where the data lives, using conditional updates and constraints.',
          'Distributed locks need fencing tokens to be correct; prefer avoiding them.',
          'Reproduce concurrency bugs with concurrent load tests, not more sequential tests.',
        ],
      },
    ],
  },
]
