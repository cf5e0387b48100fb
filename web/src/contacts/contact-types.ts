/** Short names for the contact and key-person contract types (generated web/src/api/schema.d.ts). */
import type { components, paths } from '../api/schema';

type Schemas = components['schemas'];

export type CustomerContact = Schemas['CustomerContact'];
export type ContactList = Schemas['CustomerContactList'];
export type ContactPermissions = ContactList['permissions'];
export type ContactInput = NonNullable<
  paths['/api/customers/{id}/contacts']['post']['requestBody']
>['content']['application/json'];
export type KeyPerson = Schemas['KeyPerson'];
export type KeyPersonDetails = Schemas['KeyPersonDetails'];
export type KeyPersonInput = NonNullable<
  paths['/api/customers/{id}/contacts/{contactId}/key-person']['put']['requestBody']
>['content']['application/json'];
