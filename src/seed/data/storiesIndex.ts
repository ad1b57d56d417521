/** The texts of the stories index (`seeds/000_…`), as the `stories-index` global holds them. */
export const seedStoriesIndex = {
  heading: 'Real Engineering Stories',
  tagline: 'Lessons from Production Systems',
  intro:
    'Learn from real-world production incidents, failures, scaling challenges, and architectural decisions. Story-driven, deeply technical documentation that teaches how real software systems behave in production—not theory or textbook examples.',
  callToAction: {
    heading: 'Ready to practice?',
    text: "Apply what you've learned with our AI-powered system design practice platform.",
    label: 'Start Practicing',
    link: '/signup',
  },
}
