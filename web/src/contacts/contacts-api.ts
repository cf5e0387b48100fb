import { api, call } from '../api/client.ts';
import type {
  ContactInput,
  ContactList,
  CustomerContact,
  KeyPerson,
  KeyPersonDetails,
  KeyPersonInput,
} from './contact-types.ts';

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

export function listContacts(customerId: number): Promise<ContactList> {
  return call(api.GET('/api/customers/{id}/contacts', { params: { path: { id: customerId } } }));
}

export function createContact(customerId: number, input: ContactInput): Promise<CustomerContact> {
  return call(
    api.POST('/api/customers/{id}/contacts', { params: { path: { id: customerId } }, body: input }),
  );
}

/** Optimistic concurrency: the server answers 412 if `version` is no longer current. */
export function updateContact(
  customerId: number,
  contactId: number,
  version: number,
  changes: ContactInput,
): Promise<CustomerContact> {
  return call(
    api.PATCH('/api/customers/{id}/contacts/{contactId}', {
      params: { path: { id: customerId, contactId }, header: ifMatch(version) },
      body: changes,
    }),
  );
}

export async function deleteContact(customerId: number, contactId: number, version: number) {
  await call(
    api.DELETE('/api/customers/{id}/contacts/{contactId}', {
      params: { path: { id: customerId, contactId }, header: ifMatch(version) },
    }),
  );
}

/** Each call that returns details is an audited read on the server. */
export function getKeyPerson(customerId: number, contactId: number): Promise<KeyPerson> {
  return call(
    api.GET('/api/customers/{id}/contacts/{contactId}/key-person', {
      params: { path: { id: customerId, contactId } },
    }),
  );
}

/** First entry without a version; a replacement with the version shown. */
export function saveKeyPerson(
  customerId: number,
  contactId: number,
  version: number | undefined,
  input: KeyPersonInput,
): Promise<KeyPersonDetails> {
  return call(
    api.PUT('/api/customers/{id}/contacts/{contactId}/key-person', {
      params: {
        path: { id: customerId, contactId },
        header: version === undefined ? {} : ifMatch(version),
      },
      body: input,
    }),
  );
}

export async function deleteKeyPerson(customerId: number, contactId: number, version: number) {
  await call(
    api.DELETE('/api/customers/{id}/contacts/{contactId}/key-person', {
      params: { path: { id: customerId, contactId }, header: ifMatch(version) },
    }),
  );
}
