/**
 * What the two seed pages show, transcribed from them (`seeds/000_…`, the stories index, and
 * `seeds/004_…`, the "Reliability" tag page), so API tests compare against the pages themselves
 * rather than against the seed data. Views and ratings are kept as displayed ('1.1k', '4.4 (9)').
 */

export interface PageStory {
  title: string
  summary: string
}

export interface PageLesson {
  track: 'system-design' | 'behavioral-interview'
  title: string
  summary: string
  tags: string[]
  /** Shown on system-design cards only. */
  level: string | null
  access: string | null
  views: string
  likes: number
  difficulty: string
}

export interface PageCommunityItem {
  kind: 'article' | 'interview-experience' | 'question-bundle'
  title: string
  summary: string
  tags: string[]
  language: string | null
  views: string
  likes: number
  /** As displayed, e.g. '4.4 (9)'; null when the card shows no rating. */
  rating: string | null
  /** As displayed, e.g. 'May 17, 2026'. */
  date: string
  author: string
}

export const pageStories: PageStory[] = [
  {
    title: 'The Cache Stampede That Took Down Our API',
    summary:
      'A production incident where an accidental cache flush caused a cache stampede, overwhelming the database connection pool and taking down the API. Learn about cache stampedes, connection pool exhaustion, and how to prevent them.',
  },
  {
    title: "The Circuit Breaker That Didn't Break",
    summary:
      'A production incident where a misconfigured circuit breaker allowed cascading failures to propagate, taking down multiple services. Learn about circuit breaker patterns, failure isolation, and resilience.',
  },
  {
    title: 'The Hot Partition That Overwhelmed Our Database',
    summary:
      'A production incident where a hot partition in a sharded database caused one shard to handle 90% of traffic, overwhelming it and causing service degradation. Learn about database sharding, partition keys, and load balancing.',
  },
  {
    title: 'The Memory Leak That Caused Gradual Degradation',
    summary:
      'A production incident where a memory leak in notification processing code caused gradual memory increase over 21 days, eventually leading to pod OOM kills and service degradation. Learn about memory leak detection, bounded data structures, and monitoring memory trends.',
  },
  {
    title: 'The Misconfigured Load Balancer That Created a Single Point of Failure',
    summary:
      'A production incident where a misconfigured load balancer sent all traffic to a single backend server, causing it to crash and take down the service. Learn about load balancer configuration, health checks, and redundancy.',
  },
  {
    title: 'The Monolith to Microservices Migration That Almost Failed',
    summary:
      'A production incident during a monolith to microservices migration where service dependencies and data consistency issues caused cascading failures. Learn about migration strategies, service boundaries, and data consistency in distributed systems.',
  },
  {
    title: 'The N+1 Query Problem That Slowed Down Our API',
    summary:
      'A production incident where an N+1 query problem in a user feed endpoint caused database load to spike, slowing down the entire API. Learn about N+1 queries, eager loading, and query optimization.',
  },
  {
    title: 'The On-Call Fatigue That Led to a Critical Bug',
    summary:
      'A production incident where on-call fatigue caused an engineer to make a critical mistake during an incident response, making the outage worse. Learn about on-call practices, incident response, and team health.',
  },
  {
    title: 'The Race Condition That Only Happened in Production',
    summary:
      'A production bug where a race condition in inventory management caused items to be oversold. The bug was impossible to reproduce in testing but happened frequently in production. Learn about race conditions, distributed locks, and debugging production-only bugs.',
  },
]

export const pageLessons: PageLesson[] = [
  {
    track: 'system-design',
    title: 'Fault Tolerance, Redundancy & Failover',
    summary:
      'Fault tolerance is the property that lets a system keep working when components fail - and at any reasonable scale, components are always failing. This lesson covers the building blocks: redundancy (active-active, active-passive), failure detection (health checks, heartbeats), failover (automatic, manual), and the patterns that make systems gracefully degrade instead of catastrophically crash (circuit breakers, retries with backoff, bulkheads, timeouts). We finish with the operational disciplines that turn architecture into reality: chaos engineering, runbooks, blast-radius analysis, and disaster recovery (RTO/RPO). By the end you can design a system that survives the failure modes interviewers love to throw at you.',
    tags: [
      'fault-tolerance',
      'redundancy',
      'failover',
      'circuit-breaker',
      'reliability',
      'availability',
      'distributed-systems',
      'system-design',
    ],
    level: 'intermediate',
    access: 'free',
    views: '510',
    likes: 11,
    difficulty: 'Medium',
  },
  {
    track: 'system-design',
    title: 'Monitoring, Logging, Alerting & SLAs',
    summary:
      "Observability is what lets you know whether your system is working before customers do. This lesson covers the three pillars (metrics, logs, traces), the SRE-grade definitions of SLI / SLO / SLA, and the operational practices that turn raw telemetry into actionable alerts (RED method, USE method, error budgets, alert fatigue control). We tour the standard production stack (Prometheus, Grafana, OpenTelemetry, ELK, Datadog) and the pitfalls that cause teams to either drown in alerts or miss real incidents. By the end you can design an observability strategy and defend it in an interview against the question 'how would you know if this system was broken?'.",
    tags: [
      'monitoring',
      'alerting',
      'logging',
      'tracing',
      'sla',
      'slo',
      'reliability',
      'system-design',
    ],
    level: 'intermediate',
    access: 'premium',
    views: '474',
    likes: 4,
    difficulty: 'Medium',
  },
  {
    track: 'behavioral-interview',
    title: 'Debugging & Production Incident Stories',
    summary:
      'Production-incident questions are the operational-judgement probe. They test whether you can act calmly under live pressure, separate mitigation from root-cause work, and tell a blameless story that distinguishes systems-level lessons from individual blame. This lesson defines incident-grade storytelling (timeline craft with explicit T+0 / T+5 / T+30 markers), draws the line between fix, remediation, and prevention, walks through blameless-postmortem language you can use in the room without sounding rehearsed, and provides fully worked model STAR answers for the prompts you will hear most. Every model answer in this lesson focuses blame on systems and processes, never on people or teams. After this lesson you will be able to take any real incident from your career and shape it into an answer that scores on calm, judgement, and operational maturity simultaneously.',
    tags: [
      'behavioral',
      'behavioral-interview',
      'debugging',
      'reliability',
      'monitoring',
      'problem-solving',
      'interview-prep',
      'interview-strategy',
      'story-banking',
      'star-method',
    ],
    level: null,
    access: null,
    views: '1.1k',
    likes: 27,
    difficulty: 'Medium',
  },
  {
    track: 'behavioral-interview',
    title: 'Behavioral for Backend / Infra Engineers',
    summary:
      'Backend and infrastructure engineering loops grade for a cluster of behavioral signals that frontend and product engineering loops weight less heavily: reliability and oncall judgement, capacity and scale thinking, data-integrity decisions under pressure, and the empathy-for-the-pager dimension that distinguishes engineers who can be trusted with production. The behavioral signal is most often woven into the system-design round and the oncall-and-incident round, with explicit story shapes (the 3am page, the SLO trade-off) that interviewers reach for. This lesson defines the cross-cutting backend signals interviewers grade, walks through how the loop folds the behavioral signal into the technical rounds, maps the signals to the questions interviewers ask, and shows two model answers tailored to the incident-response and capacity-planning story shapes.',
    tags: [
      'behavioral',
      'behavioral-interview',
      'backend',
      'interview-prep',
      'company-specific',
      'reliability',
      'on-call',
      'capacity-planning',
      'role-specific',
    ],
    level: null,
    access: null,
    views: '696',
    likes: 3,
    difficulty: 'Medium',
  },
]

export const pageCommunity: PageCommunityItem[] = [
  {
    kind: 'article',
    title: 'Metrics, Logs, and Traces: The Three Pillars Without the Marketing',
    summary:
      'What each pillar actually does, when reaching for it pays off, and the budget I follow so I am not paying observability vendors more than I am paying for compute.',
    tags: ['monitoring', 'logging', 'tracing', 'alerting', 'reliability'],
    language: null,
    views: '313',
    likes: 6,
    rating: '4.4 (9)',
    date: 'May 17, 2026',
    author: 'zarakamau',
  },
  {
    kind: 'article',
    title: "Technical Debt: When It's Debt vs When It's Just Old",
    summary:
      'Most code labeled technical debt is not debt at all. Here is the test I use to tell debt from age, and the rule I follow when paying it down.',
    tags: ['craftsmanship', 'code-organization', 'clean-code', 'reliability', 'decision-making'],
    language: null,
    views: '926',
    likes: 18,
    rating: '4.2 (13)',
    date: 'May 5, 2026',
    author: 'nathanrivera',
  },
  {
    kind: 'interview-experience',
    title: 'Datadog Onsite: Five Hours of System Design',
    summary:
      'A Datadog senior backend onsite where four of the five rounds were system design, anchored on real telemetry-shaped problems.',
    tags: ['system-design', 'interview-prep', 'distributed-systems', 'monitoring', 'reliability'],
    language: null,
    views: '730',
    likes: 9,
    rating: '4.3 (11)',
    date: 'Apr 30, 2026',
    author: 'chloesaeed',
  },
  {
    kind: 'question-bundle',
    title: 'SRE Incident Drill Questions From Our On-Call',
    summary:
      'Four incident-shaped questions our on-call rotation uses to interview SREs. Each one starts with a symptom, asks you to write the smallest diagnostic snippet, and the discussion is more important than the code.',
    tags: ['reliability', 'on-call', 'monitoring', 'interview-prep'],
    language: 'Python',
    views: '827',
    likes: 26,
    rating: '4.3 (14)',
    date: 'Mar 30, 2026',
    author: 'alexsaeed',
  },
  {
    kind: 'article',
    title: 'The Refactoring Playbook: Six Moves I Use Weekly',
    summary:
      'The small, low-risk refactoring moves I reach for every week, what each one fixes, and the order to apply them so the diff stays reviewable.',
    tags: ['craftsmanship', 'clean-code', 'code-organization', 'reliability'],
    language: null,
    views: '489',
    likes: 10,
    rating: null,
    date: 'Mar 22, 2026',
    author: 'arjunpatel',
  },
  {
    kind: 'article',
    title: 'Database Migrations: A Zero-Downtime Playbook',
    summary:
      'Adding a column, renaming a column, dropping a column, splitting a table. The expand-contract pattern, the four-step rename, and the migration phases that have kept me from taking the site down.',
    tags: ['database', 'sql', 'reliability', 'backend', 'data-modeling'],
    language: null,
    views: '659',
    likes: 16,
    rating: null,
    date: 'Mar 22, 2026',
    author: 'hannahchakraborty',
  },
  {
    kind: 'article',
    title: 'Infrastructure as Code: Terraform vs Pulumi vs CDK',
    summary:
      'Three IaC tools I have shipped to production, the trade-offs that actually matter (state, language, drift, blast radius), and the picks I would make today by team shape.',
    tags: ['reliability', 'craftsmanship', 'backend', 'code-organization'],
    language: null,
    views: '832',
    likes: 26,
    rating: '4.0 (11)',
    date: 'Mar 21, 2026',
    author: 'nathanmurphy',
  },
  {
    kind: 'article',
    title: 'Rate Limiting on the Edge with a Redis Token Bucket',
    summary:
      'Token bucket as a single Redis Lua script, evaluated atomically, deployed near the edge. The implementation, the failure modes, and what I would actually ship today.',
    tags: ['rate-limiting', 'token-bucket', 'redis', 'api-design', 'reliability'],
    language: null,
    views: '463',
    likes: 14,
    rating: '4.4 (10)',
    date: 'Mar 17, 2026',
    author: 'antonmorgan',
  },
  {
    kind: 'article',
    title: "Docker for Devs Who Don't Want to Be Sysadmins",
    summary:
      'The 80% of Docker that I actually use day to day, the layer-cache rules that cut my image builds from 4 minutes to 30 seconds, and the four mistakes that haunted my first year.',
    tags: ['backend', 'reliability', 'craftsmanship', 'clean-code'],
    language: null,
    views: '234',
    likes: 5,
    rating: '4.2 (12)',
    date: 'Mar 14, 2026',
    author: 'hannahchakraborty',
  },
  {
    kind: 'article',
    title: 'Testing Pyramid vs Trophy: Pick the Right Shape',
    summary:
      'Most teams ship the testing pyramid by accident. The trophy is what actually matches modern frontend work. Here is how to choose.',
    tags: ['testing', 'unit-testing', 'craftsmanship', 'reliability', 'code-organization'],
    language: null,
    views: '644',
    likes: 9,
    rating: '4.2 (14)',
    date: 'Mar 4, 2026',
    author: 'aishasantos',
  },
  {
    kind: 'article',
    title: 'The On-Call Handbook for Engineers Who Hate Being On-Call',
    summary:
      'The 12 hours before, the first hour of an incident, the playbook discipline that makes 3am pages survivable, and the post-rotation rituals that have stopped on-call from wrecking my health.',
    tags: ['on-call', 'reliability', 'alerting', 'handling-failure', 'craftsmanship'],
    language: null,
    views: '548',
    likes: 15,
    rating: null,
    date: 'Mar 4, 2026',
    author: 'gabrielkhalil',
  },
  {
    kind: 'article',
    title: 'CI/CD Pipelines: Stop Letting Them Rot',
    summary:
      'The maintenance habits that have kept my pipelines fast and trusted for years, the seven categories of rot I have actually seen, and the budget I run so the pipeline is treated as production code.',
    tags: ['reliability', 'craftsmanship', 'performance', 'code-organization'],
    language: null,
    views: '1k',
    likes: 10,
    rating: '4.1 (9)',
    date: 'Jan 21, 2026',
    author: 'sanjayward',
  },
  {
    kind: 'article',
    title: 'Feature Flags: Three Patterns I Keep Reusing',
    summary:
      'The release flag, the kill switch, and the experiment flag. Different lifetimes, different rollback rules, and the cleanup discipline that has stopped my flag system from becoming a graveyard.',
    tags: ['reliability', 'code-organization', 'craftsmanship', 'backend'],
    language: null,
    views: '837',
    likes: 8,
    rating: '4.3 (13)',
    date: 'Jan 9, 2026',
    author: 'valentinamwangi',
  },
  {
    kind: 'article',
    title: 'Connection Pooling, PgBouncer, and the Prisma Trap',
    summary:
      'What a connection pool actually does, why your Postgres falls over at 200 connections, where PgBouncer sits, and the prepared-statement bug that bites every Prisma team that adds it the wrong way.',
    tags: ['database', 'performance', 'backend', 'scalability', 'reliability'],
    language: null,
    views: '322',
    likes: 2,
    rating: '4.3 (13)',
    date: 'Jan 8, 2026',
    author: 'ananyanakamura',
  },
  {
    kind: 'article',
    title: 'Idempotency Keys: The Pattern Stripe Taught Everyone',
    summary:
      'The key itself is the trivial part. The lifecycle, the storage, the body fingerprint, and the TTL are where production teams trip.',
    tags: ['idempotency', 'stripe', 'api-design', 'system-design', 'reliability'],
    language: null,
    views: '577',
    likes: 4,
    rating: '4.1 (12)',
    date: 'Dec 31, 2025',
    author: 'chloekelly',
  },
  {
    kind: 'article',
    title: 'Webhook Design: Retries, Signatures, and Replay Protection',
    summary:
      'Sign requests. Dedupe by event id. Apply idempotently by resource id. Ack fast, process async. Tolerate out-of-order. Five concerns that turn a webhook into critical infrastructure.',
    tags: ['webhooks', 'security', 'reliability', 'idempotency', 'api-design'],
    language: null,
    views: '1k',
    likes: 31,
    rating: '4.3 (11)',
    date: 'Dec 29, 2025',
    author: 'oliviadelgado',
  },
  {
    kind: 'article',
    title: 'AWS Lambda Cold Starts: What Actually Helps',
    summary:
      'Where the cold-start time really comes from, the four levers that have moved my p99 down by hundreds of milliseconds, and the optimizations I have tried and abandoned because they did not pay back.',
    tags: ['serverless', 'performance', 'backend', 'reliability'],
    language: null,
    views: '596',
    likes: 18,
    rating: '4.3 (10)',
    date: 'Dec 23, 2025',
    author: 'liamsuzuki',
  },
  {
    kind: 'question-bundle',
    title: 'Incident Debrief Questions They Asked Me',
    summary:
      'A 4-question set drawn from the debrief portion of an SRE-flavored loop. Every behavioral prompt about an on-call story got paired with a design follow-up the interviewer used to stress-test the takeaway.',
    tags: ['interview-prep', 'behavioral-interview', 'reliability', 'system-design-interview'],
    language: 'Python',
    views: '798',
    likes: 25,
    rating: null,
    date: 'Dec 18, 2025',
    author: 'lilyadeyemi',
  },
]

/** The tag page's header counts. */
export const pageReliabilityCounts = {
  lessons: 0,
  systemDesigns: 2,
  behavioralInterviews: 2,
  communityItems: 18,
}
