import type { SeedBlock } from './blocks'

export interface SeedLesson {
  title: string
  slug: string
  summary: string
  track: 'core' | 'system-design' | 'behavioral-interview'
  level: 'beginner' | 'intermediate' | 'advanced'
  difficulty: 'Easy' | 'Medium' | 'Hard'
  access: 'free' | 'premium'
  position: number
  views: number
  likes: number
  tags: string[]
  publishedAt: string
  body: SeedBlock[]
}

/** The four lessons on the Reliability tag page, in page order. */
export const seedLessons: SeedLesson[] = [
  {
    title: 'Fault Tolerance, Redundancy & Failover',
    slug: 'fault-tolerance-redundancy-failover',
    summary:
      'Fault tolerance is the property that lets a system keep working when components fail - and at any reasonable scale, components are always failing. This lesson covers the building blocks: redundancy (active-active, active-passive), failure detection (health checks, heartbeats), failover (automatic, manual), and the patterns that make systems gracefully degrade instead of catastrophically crash (circuit breakers, retries with backoff, bulkheads, timeouts). We finish with the operational disciplines that turn architecture into reality: chaos engineering, runbooks, blast-radius analysis, and disaster recovery (RTO/RPO). By the end you can design a system that survives the failure modes interviewers love to throw at you.',
    track: 'system-design',
    level: 'intermediate',
    difficulty: 'Medium',
    access: 'free',
    position: 1,
    views: 510,
    likes: 11,
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
    publishedAt: '2025-10-06T12:00:00.000Z',
    body: [
      { type: 'h2', text: 'Why fault tolerance is a design property' },
      {
        type: 'p',
        text: 'At a few hundred machines, something is always broken: a disk is dying, a node is rebooting for a kernel patch, a network link is dropping packets. Fault tolerance means the system as a whole keeps its promises while individual parts fail. You cannot bolt it on later; it comes from where you place replicas, how you detect failure, and what you decide happens next.',
      },
      { type: 'h2', text: 'Redundancy: active-active and active-passive' },
      {
        type: 'p',
        text: 'Active-active runs every replica on live traffic. Capacity is used efficiently and failover is mostly a load-balancer concern, but every replica must cope with concurrent writes, or the data must be partitioned so writes never conflict. Active-passive keeps a standby that takes over when the primary dies. It is simpler to reason about, but the standby is idle capacity and the switch-over itself is a moment of risk.',
      },
      { type: 'h2', text: 'Detecting failure and failing over' },
      {
        type: 'p',
        text: 'Health checks and heartbeats turn "is it alive?" into a signal, but the signal is noisy. A shallow check that returns 200 while the database is unreachable is worse than none; a deep check that fails whenever a shared dependency blips can take out every replica at once. Require several missed heartbeats before declaring a node dead, or you will flap. Automatic failover is fast but can promote a replica during a network partition and cause split brain; manual failover is slow but deliberate. Most teams automate stateless tiers and keep a human in the loop for the primary database.',
      },
      { type: 'h2', text: 'Degrade gracefully instead of crashing' },
      {
        type: 'ul',
        items: [
          "Timeouts on every remote call, shorter than the caller's own deadline.",
          'Retries with exponential backoff and jitter, capped, and only for idempotent operations.',
          'Circuit breakers that stop calling a dependency that is clearly down and probe it periodically.',
          'Bulkheads: separate pools per dependency, so one slow service cannot exhaust every thread.',
        ],
      },
      { type: 'h2', text: 'Operating it' },
      {
        type: 'p',
        text: 'Architecture only counts if it is exercised. Chaos experiments kill instances on purpose during business hours. Runbooks turn failover into a checklist instead of improvisation. Blast-radius analysis asks what else breaks when this component dies. Disaster recovery sets two numbers: RTO, how long you may be down, and RPO, how much data you may lose. In an interview, state both before you draw a single replica.',
      },
    ],
  },
  {
    title: 'Monitoring, Logging, Alerting & SLAs',
    slug: 'monitoring-logging-alerting-slas',
    summary:
      "Observability is what lets you know whether your system is working before customers do. This lesson covers the three pillars (metrics, logs, traces), the SRE-grade definitions of SLI / SLO / SLA, and the operational practices that turn raw telemetry into actionable alerts (RED method, USE method, error budgets, alert fatigue control). We tour the standard production stack (Prometheus, Grafana, OpenTelemetry, ELK, Datadog) and the pitfalls that cause teams to either drown in alerts or miss real incidents. By the end you can design an observability strategy and defend it in an interview against the question 'how would you know if this system was broken?'.",
    track: 'system-design',
    level: 'intermediate',
    difficulty: 'Medium',
    access: 'premium',
    position: 2,
    views: 474,
    likes: 4,
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
    publishedAt: '2025-10-20T12:00:00.000Z',
    body: [
      {
        type: 'p',
        text: 'Observability is the ability to answer new questions about a running system from the outside, using only the telemetry it already emits. Monitoring is the subset you decided to watch in advance. You need both: dashboards and alerts for the failures you can predict, and data rich enough to debug the ones you cannot.',
      },
      {
        type: 'p',
        text: 'This lesson builds an observability strategy from the ground up, starting with the three pillars and ending with an alerting policy that wakes a human only when users are actually hurting.',
      },
      { type: 'hr' },
      { type: 'h2', text: 'The three pillars' },
      {
        type: 'ul',
        items: [
          'Metrics: cheap numeric time series such as request rate, error count and latency histograms. Great for alerting and trends, poor at explaining a single request.',
          'Logs: structured events with context. Great for forensics, expensive at volume, so sample and set retention deliberately.',
          'Traces: the path of one request across services, with a timing per span. Indispensable once a request crosses several services and you need to know which hop is slow.',
        ],
      },
      { type: 'h2', text: 'SLI, SLO, SLA' },
      {
        type: 'p',
        text: 'An SLI is a measurement, such as the proportion of requests served successfully in under 300 ms. An SLO is the target for that SLI over a window, for example 99.9% over 28 days. An SLA is a contract with a customer that attaches consequences, usually service credits, to missing a looser target. The gap between 100% and the SLO is the error budget: spend it on launches, and when it runs out, slow down and invest in reliability.',
      },
      { type: 'h2', text: 'What to measure: RED and USE' },
      {
        type: 'p',
        text: 'For request-driven services use RED: Rate, Errors, Duration. For resources such as CPUs, disks and queues use USE: Utilization, Saturation, Errors. Together they cover most of what breaks in production.',
      },
      { type: 'h2', text: 'Alerts people trust' },
      {
        type: 'p',
        text: 'Page on symptoms users feel, not on causes. Burn-rate alerts on the error budget fire quickly for severe outages and slowly for gradual ones. Everything else becomes a ticket or a dashboard. Review every page after each rotation and delete alerts that did not need a human; alert fatigue is how real incidents get missed.',
      },
      { type: 'h2', text: 'The standard stack' },
      {
        type: 'p',
        text: 'Prometheus scrapes metrics and Grafana graphs them; OpenTelemetry instruments code once and exports to any backend; the ELK stack or a vendor such as Datadog stores logs and traces. The tools matter less than the discipline: consistent labels, trace ids propagated across every hop, and a crisp answer to how you would know this system was broken.',
      },
    ],
  },
  {
    title: 'Debugging & Production Incident Stories',
    slug: 'debugging-production-incident-stories',
    summary:
      'Production-incident questions are the operational-judgement probe. They test whether you can act calmly under live pressure, separate mitigation from root-cause work, and tell a blameless story that distinguishes systems-level lessons from individual blame. This lesson defines incident-grade storytelling (timeline craft with explicit T+0 / T+5 / T+30 markers), draws the line between fix, remediation, and prevention, walks through blameless-postmortem language you can use in the room without sounding rehearsed, and provides fully worked model STAR answers for the prompts you will hear most. Every model answer in this lesson focuses blame on systems and processes, never on people or teams. After this lesson you will be able to take any real incident from your career and shape it into an answer that scores on calm, judgement, and operational maturity simultaneously.',
    track: 'behavioral-interview',
    level: 'intermediate',
    difficulty: 'Medium',
    access: 'free',
    position: 1,
    views: 1104,
    likes: 27,
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
    publishedAt: '2025-11-03T12:00:00.000Z',
    body: [
      { type: 'h2', text: 'What the question is really testing' },
      {
        type: 'p',
        text: 'When an interviewer asks you to describe a production incident you handled, they are not grading the bug. They are grading whether you stayed calm, whether you stopped the bleeding before hunting for the root cause, and whether you can talk about failure without blaming people.',
      },
      { type: 'h2', text: 'Build the timeline' },
      {
        type: 'p',
        text: 'Incident answers live or die on structure. Anchor the story with explicit markers: T+0 when the alert fired or the customer report arrived, T+5 when you had a first hypothesis, T+30 when user impact stopped. Markers show that you were tracking time, which is exactly what good incident commanders do.',
      },
      { type: 'h2', text: 'Fix, remediation, prevention' },
      {
        type: 'ul',
        items: [
          'Fix: the action that stopped user impact, often a rollback or a feature flag rather than a code change.',
          'Remediation: cleaning up the consequences, such as replaying failed jobs or correcting bad records.',
          'Prevention: the systemic change that makes the whole class of failure less likely, such as a new test, a guardrail or an alert.',
        ],
      },
      {
        type: 'p',
        text: 'Candidates who blur these sound as if they shipped a hotfix and moved on. Naming all three signals operational maturity.',
      },
      { type: 'h2', text: 'Blameless language' },
      {
        type: 'p',
        text: 'Say "the pipeline allowed a config change to ship without review", not "a teammate pushed a bad config". Describe decisions in terms of the information available at the time. If the mistake was yours, own it in one sentence and move on to the systemic gap that let it through.',
      },
      { type: 'h2', text: 'A model answer, compressed' },
      {
        type: 'p',
        text: 'Situation: checkout errors rose to 8% during a Friday deploy. Task: I was on call and took the incident lead. Action: at T+0 I declared an incident and opened a channel; by T+5 the error graph lined up with the deploy, so I rolled back instead of debugging live; at T+20 errors were back at baseline and I handed customer communication to support. Result: about 25 minutes of degraded checkout. The postmortem found the canary stage checked only HTTP status codes, not payment success, so we added a business-metric gate to the canary. That gate stopped two bad releases the following quarter.',
      },
      { type: 'h2', text: 'Practice' },
      {
        type: 'p',
        text: 'Pick two real incidents from your career, write their timelines with markers, and label the fix, the remediation and the prevention before your next loop.',
      },
    ],
  },
  {
    title: 'Behavioral for Backend / Infra Engineers',
    slug: 'behavioral-for-backend-infra-engineers',
    summary:
      'Backend and infrastructure engineering loops grade for a cluster of behavioral signals that frontend and product engineering loops weight less heavily: reliability and oncall judgement, capacity and scale thinking, data-integrity decisions under pressure, and the empathy-for-the-pager dimension that distinguishes engineers who can be trusted with production. The behavioral signal is most often woven into the system-design round and the oncall-and-incident round, with explicit story shapes (the 3am page, the SLO trade-off) that interviewers reach for. This lesson defines the cross-cutting backend signals interviewers grade, walks through how the loop folds the behavioral signal into the technical rounds, maps the signals to the questions interviewers ask, and shows two model answers tailored to the incident-response and capacity-planning story shapes.',
    track: 'behavioral-interview',
    level: 'intermediate',
    difficulty: 'Medium',
    access: 'free',
    position: 2,
    views: 696,
    likes: 3,
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
    publishedAt: '2025-11-17T12:00:00.000Z',
    body: [
      { type: 'h2', text: 'The signals backend loops weight' },
      {
        type: 'ul',
        items: [
          'Reliability and on-call judgement: do you protect users first and investigate second?',
          'Capacity and scale thinking: do you plan headroom before the launch rather than after the outage?',
          'Data integrity under pressure: would you rather be slow than wrong when money or records are at stake?',
          'Empathy for the pager: do you build systems that are kind to whoever is on call at 3am?',
        ],
      },
      { type: 'h2', text: 'Where the signal hides' },
      {
        type: 'p',
        text: 'Backend loops rarely spend a full round on behavioral questions. Instead, the system design interviewer asks whether you have run something similar in production, and the on-call round opens with a real incident. Treat every technical round as partly behavioral: when you propose a design, mention the alert you would add and the runbook you would write.',
      },
      { type: 'h2', text: 'Questions you will hear' },
      {
        type: 'ul',
        items: [
          'Tell me about the worst page you received. What changed afterwards?',
          'Describe a time you traded feature work for reliability.',
          'Tell me about a capacity problem you saw coming before it hit.',
          'When did you choose downtime over risking data?',
        ],
      },
      { type: 'h2', text: 'Model answer: the 3am page' },
      {
        type: 'p',
        text: 'A queue consumer fell behind and order confirmations were delayed by forty minutes. I scaled out consumers to drain the backlog, confirmed no messages were lost by comparing offsets, and posted status updates every fifteen minutes. The root cause was a downstream API that had introduced rate limits. Prevention was a consumer-lag alert with a runbook, plus a client-side limiter. Interviewers listen for the order: mitigate, verify integrity, communicate, then prevent.',
      },
      { type: 'h2', text: 'Model answer: capacity and the SLO trade-off' },
      {
        type: 'p',
        text: 'Traffic projections showed our search cluster would hit 85% CPU at peak within six weeks, and it had already burned most of its monthly error budget on timeouts. I proposed pausing one feature launch to add a cache for the hottest queries and two more nodes. Product pushed back, so I showed the budget chart next to the customer tickets tied to timeouts. We paused the launch for one sprint. Peak CPU dropped to 55%, budget consumption fell to a third the next month, and the launch shipped two weeks later.',
      },
      { type: 'h2', text: 'Preparing' },
      {
        type: 'p',
        text: 'Bank one story per signal, each with numbers: latency, backlog, budget, headroom. Numbers are what make backend stories credible.',
      },
    ],
  },
]
