import type { Metadata } from 'next'

import { SignupForm } from '../../../site/components/SignupForm'

export const metadata: Metadata = { title: 'Sign up' }

/** Self sign-up as an author; the account is confirmed from the email it receives. */
export default function SignupPage() {
  return (
    <section>
      <h1 data-testid="signup-heading">Create your account</h1>
      <p>Write articles and interview experiences for the community.</p>
      <SignupForm />
    </section>
  )
}
