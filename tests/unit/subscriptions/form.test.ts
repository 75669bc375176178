import { describe, expect, it } from 'vitest';
import { readSubscribeForm } from '../../../src/subscriptions/form.ts';

function form(fields: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of fields) data.append(k, v);
  return data;
}

describe('the email updates form', () => {
  it('accepts an address and one or both kinds of update, in a fixed order', () => {
    const r = readSubscribeForm(form([['email', ' parent@example.com '], ['topics', 'plan-updates'], ['topics', 'you-said-we-did']]));
    expect(r.ok).toBe(true);
    expect(r.form).toMatchObject({ email: 'parent@example.com', topics: ['you-said-we-did', 'plan-updates'] });
  });

  it.each([
    ['no address', [['topics', 'plan-updates']], { email: 'Enter your email address' }],
    ['an empty address', [['email', '  '], ['topics', 'plan-updates']], { email: 'Enter your email address' }],
    ['an address without an @', [['email', 'parent.example.com'], ['topics', 'plan-updates']], { email: 'Enter an email address in the correct format, like name@example.com' }],
    ['an address that is too long', [['email', `${'a'.repeat(250)}@example.com`], ['topics', 'plan-updates']], { email: 'Email address must be 254 characters or fewer' }],
    ['nothing chosen', [['email', 'parent@example.com']], { topics: 'Select what you want email updates about' }],
    ['a made-up kind of update', [['email', 'parent@example.com'], ['topics', 'everything']], { topics: 'Select what you want email updates about' }],
    ['nothing at all', [], { email: 'Enter your email address', topics: 'Select what you want email updates about' }],
  ] as [string, [string, string][], Record<string, string>][])('refuses %s, saying what to do', (_what, fields, errors) => {
    const r = readSubscribeForm(form(fields));
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual(errors);
  });

  it('keeps what was typed to show again', () => {
    expect(readSubscribeForm(form([['email', 'oops'], ['topics', 'plan-updates']])).values).toEqual({ email: 'oops', topics: ['plan-updates'] });
  });
});
