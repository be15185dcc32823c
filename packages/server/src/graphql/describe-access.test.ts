import { Permission } from '@pj/shared';
import { describe, expect, it } from 'vitest';
import { createSchema } from './schema.js';

describe('who may use a field, in its description', () => {
  it('every query and mutation says what it needs: a permission, a signed-in user, or nothing', async () => {
    const schema = await createSchema();
    const permissions = Object.values(Permission);
    const silent = [schema.getQueryType()!, schema.getMutationType()!]
      .flatMap((root) => Object.values(root.getFields()).map((field) => ({ coordinate: `${root.name}.${field.name}`, text: field.description ?? '' })))
      .filter(({ text }) => !permissions.some((p) => text.includes(p)) && !text.includes('Needs a signed-in user.') && !text.includes('Open to anyone'))
      .map(({ coordinate }) => coordinate);
    expect(silent).toEqual([]);
  });

  it('names the permission from the field\'s rule, on root and nested fields', async () => {
    const schema = await createSchema();
    expect(schema.getQueryType()!.getFields().auditLog.description).toContain('Needs the READ_AUDIT_LOG permission.');
    expect(schema.getQueryType()!.getFields().me.description).toContain('Needs a signed-in user.');
    expect(schema.getMutationType()!.getFields().login.description).toContain('Open to anyone: no sign-in needed.');
    expect(schema.getMutationType()!.getFields().mergePatients.description).toContain('MERGE_PATIENTS');
    const patient = schema.getType('Patient') as { getFields(): Record<string, { description?: string | null }> };
    expect(patient.getFields().accessLog.description).toContain('READ_AUDIT_LOG');
    // Already said in the field's own words: not repeated.
    expect(patient.getFields().phones.description!.match(/READ_CONTACT_DETAILS/g)).toHaveLength(1);
  });
});
