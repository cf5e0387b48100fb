/**
 * Hand-written `paths` in the shape openapi-typescript generates, so `client.ts` is typed the
 * same way before and after `schema.d.ts` exists. Delete with types.ts once it is generated.
 */
import type {
  ApiErrorBody,
  AuditEntry,
  Customer,
  Customer360,
  CustomerInput,
  CustomerListItem,
  CustomerListQuery,
  Me,
  OrgUnit,
} from './types.ts';

type Json<T> = { content: { 'application/json': T } };
type Failure = Json<ApiErrorBody>;
type IdPath = { path: { id: number } };

export type paths = {
  '/api/auth/login': {
    post: {
      requestBody: Json<{ username: string; password: string }>;
      responses: { 200: Json<{ user: Me }>; 401: Failure; 423: Failure; 429: Failure };
    };
  };
  '/api/auth/logout': {
    post: { responses: { 204: { content?: never } } };
  };
  '/api/me': {
    get: { responses: { 200: Json<Me>; 401: Failure } };
  };
  '/api/org-units': {
    get: { responses: { 200: Json<{ items: OrgUnit[] }>; 401: Failure } };
  };
  '/api/customers': {
    get: {
      parameters: { query?: CustomerListQuery };
      responses: {
        200: Json<{ items: CustomerListItem[]; total: number; page: number; pageSize: number }>;
        400: Failure;
      };
    };
    post: {
      requestBody: Json<CustomerInput>;
      responses: { 201: Json<Customer>; 400: Failure; 409: Failure };
    };
  };
  '/api/customers/{id}': {
    get: { parameters: IdPath; responses: { 200: Json<Customer>; 404: Failure } };
    patch: {
      parameters: IdPath & { header: { 'If-Match': string } };
      requestBody: Json<Partial<CustomerInput>>;
      responses: {
        200: Json<Customer>;
        400: Failure;
        404: Failure;
        409: Failure;
        412: Failure;
        428: Failure;
      };
    };
  };
  '/api/customers/{id}/360': {
    get: { parameters: IdPath; responses: { 200: Json<Customer360>; 404: Failure } };
  };
  '/api/customers/{id}/audit': {
    get: { parameters: IdPath; responses: { 200: Json<{ items: AuditEntry[] }>; 404: Failure } };
  };
};
