import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../domain/scoring/default-model.ts';
import { startTestServer, type RequestOptions, type TestServer } from '../testing/test-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await server.signIn(['committee', 'director', 'auditor', 'kam.east.1', 'admin']);
});
afterAll(async () => {
  await server.close();
});

const call = (user: string, url: string, options?: RequestOptions) =>
  server.request(user, url, options);
const models = '/api/scoring/models';
const draftOf = async (payload: object = { definition: DEFAULT_MODEL }) => {
  const response = await call('committee', models, { method: 'POST', payload });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: number; revision: number; version: number; status: string };
};
const withWeight = (weight: number) => {
  const model = structuredClone(DEFAULT_MODEL);
  model.dimensions[0]!.indicators[2]!.weight = weight;
  return model;
};

describe('scoring model versions over HTTP (C2.1)', () => {
  it('the committee drafts, edits with If-Match, adopts; the adopted version is published', async () => {
    expect((await call('kam.east.1', `${models}/adopted`)).statusCode).toBe(404);
    const draft = await draftOf();
    expect(draft).toMatchObject({ status: 'draft', revision: 1 });

    const renamed = { ...DEFAULT_MODEL, name: { ...DEFAULT_MODEL.name, en: 'Edited' } };
    const put = await call('committee', `${models}/${draft.id}`, {
      method: 'PUT',
      payload: renamed,
      headers: { 'if-match': '"1"' },
    });
    expect(put.statusCode).toBe(200);
    expect(put.headers.etag).toBe('"2"');
    expect(put.json().definition.name.en).toBe('Edited');

    const adopt = await call('committee', `${models}/${draft.id}/adoption`, { method: 'POST' });
    expect(adopt.statusCode).toBe(200);
    expect(adopt.json().status).toBe('adopted');
    // Every employee reads the policy in force.
    const adopted = await call('kam.east.1', `${models}/adopted`);
    expect(adopted.statusCode).toBe(200);
    expect(adopted.json()).toMatchObject({ id: draft.id, definition: { id: 'seed-001' } });
  });

  it('refuses a weight sum other than 100, naming the sum and the field, localised', async () => {
    const zh = await call('committee', models, {
      method: 'POST',
      payload: { definition: withWeight(9) },
    });
    expect(zh.statusCode).toBe(400);
    const issue = zh.json().issues.find((i: { field: string }) => i.field === 'dimensions');
    expect(issue.code).toBe('validation.scoring_weight_sum');
    expect(issue.message).toContain('指标权重合计为 99');
    const draft = await draftOf();
    const bad = withWeight(0);
    const en = await call('committee', `${models}/${draft.id}`, {
      method: 'PUT',
      payload: bad,
      headers: { 'if-match': `"${draft.revision}"`, 'accept-language': 'en' },
    });
    expect(en.statusCode).toBe(400);
    const fields = en.json().issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining(['dimensions.0.indicators.2.weight', 'dimensions']),
    );
    expect(
      en.json().issues.find((i: { field: string }) => i.field.endsWith('.weight')).message,
    ).toBe('Weight must be a whole number from 1 to 100');
  });

  it('an adopted version cannot be edited or deleted (409); If-Match is checked (428, 412)', async () => {
    const adopted = (await call('committee', `${models}/adopted`)).json();
    const edit = await call('committee', `${models}/${adopted.id}`, {
      method: 'PUT',
      payload: DEFAULT_MODEL,
      headers: { 'if-match': `"${adopted.revision}"` },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('conflict.model_immutable');
    const remove = await call('committee', `${models}/${adopted.id}`, {
      method: 'DELETE',
      headers: { 'if-match': `"${adopted.revision}"` },
    });
    expect(remove.statusCode).toBe(409);

    const draft = await draftOf();
    const path = `${models}/${draft.id}`;
    expect(
      (await call('committee', path, { method: 'PUT', payload: DEFAULT_MODEL })).statusCode,
    ).toBe(428);
    const stale = await call('committee', path, {
      method: 'PUT',
      payload: DEFAULT_MODEL,
      headers: { 'if-match': `"${draft.revision + 1}"` },
    });
    expect(stale.statusCode).toBe(412);
    expect((await call('committee', path, { method: 'DELETE' })).statusCode).toBe(428);
    const deleted = await call('committee', path, {
      method: 'DELETE',
      headers: { 'if-match': `"${draft.revision}"` },
    });
    expect(deleted.statusCode).toBe(204);
    expect((await call('committee', path)).statusCode).toBe(404);
  });

  it('copies the adopted version into a new draft; adopting it retires the previous one', async () => {
    const adopted = (await call('committee', `${models}/adopted`)).json();
    const copy = await draftOf({ copyFrom: adopted.id });
    expect(copy.status).toBe('draft');
    expect(copy.version).toBeGreaterThan(adopted.version);
    const both = await call('committee', models, {
      method: 'POST',
      payload: { copyFrom: adopted.id, definition: DEFAULT_MODEL },
    });
    expect(both.statusCode).toBe(400);
    await call('committee', `${models}/${copy.id}/adoption`, { method: 'POST' });
    const list = (await call('committee', models)).json();
    const statusOf = (id: number) =>
      list.items.find((item: { id: number }) => item.id === id)?.status;
    expect([statusOf(copy.id), statusOf(adopted.id)]).toEqual(['adopted', 'retired']);
    // Newest first.
    expect(list.items[0].id).toBe(Math.max(...list.items.map((item: { id: number }) => item.id)));
    expect(list.mayEdit).toBe(true);
  });

  it('drafts and retired versions: committee, director and auditor read; others see the policy only', async () => {
    const draft = await draftOf();
    for (const user of ['director', 'auditor']) {
      const list = (await call(user, models)).json();
      expect(list.items.some((item: { status: string }) => item.status === 'draft')).toBe(true);
      expect(list.mayEdit).toBe(false);
      expect((await call(user, `${models}/${draft.id}`)).statusCode).toBe(200);
    }
    for (const user of ['kam.east.1', 'admin']) {
      const list = (await call(user, models)).json();
      expect(list.items.map((item: { status: string }) => item.status)).toEqual(['adopted']);
      expect((await call(user, `${models}/${draft.id}`)).statusCode).toBe(404);
    }
  });

  it('only the committee writes: the director, the auditor and a KA manager get 403', async () => {
    const draft = await draftOf();
    for (const user of ['director', 'auditor', 'kam.east.1']) {
      expect(
        (await call(user, models, { method: 'POST', payload: { definition: DEFAULT_MODEL } }))
          .statusCode,
      ).toBe(403);
      expect(
        (await call(user, `${models}/${draft.id}/adoption`, { method: 'POST' })).statusCode,
      ).toBe(403);
      const put = await call(user, `${models}/${draft.id}`, {
        method: 'PUT',
        payload: DEFAULT_MODEL,
        headers: { 'if-match': `"${draft.revision}"` },
      });
      expect(put.statusCode).toBe(403);
    }
    expect((await call('committee', `${models}/${draft.id}`)).json().status).toBe('draft');
  });
});
