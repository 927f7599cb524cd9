/** /schemas/<kind>.json: the JSON Schema of each record type, the same text as schemas/<kind>.schema.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { JSON_SCHEMA_KINDS, jsonSchemaText, type JsonSchemaKind } from '../../lib/outputs/json-schema.ts';

export const getStaticPaths = (() => JSON_SCHEMA_KINDS.map((kind) => ({ params: { kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(jsonSchemaText(params['kind'] as JsonSchemaKind), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
