import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from '../../db/audit-chain.ts';
import { keyById, type Keyring } from '../crypto/keyring.ts';

/** What a checkpoint vouches for: the chain's last row and length at a moment (C7.5). */
export type CheckpointFacts = {
  v: 1;
  at: string;
  lastId: number;
  lastHash: string;
  rows: number;
  /** Id of the field-encryption key the signing key was derived from. */
  keyId: string;
};
export type SignedCheckpoint = CheckpointFacts & { mac: string };

// Domain separation: the AES key itself never signs anything; HKDF gives an independent key.
const INFO = 'patron audit checkpoint v1';

function macKey(secret: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), INFO, 32));
}

function macOf(secret: Buffer, facts: CheckpointFacts): string {
  return createHmac('sha256', macKey(secret)).update(canonicalJson(facts)).digest('hex');
}

/** Signs with a key derived from the keyring's current key (docs/backups.md explains why). */
export function signCheckpoint(
  keyring: Keyring,
  facts: Omit<CheckpointFacts, 'v' | 'keyId'>,
): SignedCheckpoint {
  const full: CheckpointFacts = { v: 1, ...facts, keyId: keyring.current.id };
  return { ...full, mac: macOf(keyring.current.key, full) };
}

/** 'ok', or why the checkpoint cannot be trusted. A rotated-out key still verifies via `.previous`. */
export function checkSignature(
  keyring: Keyring,
  checkpoint: SignedCheckpoint,
): 'ok' | 'unknown_key' | 'bad_signature' {
  const entry = keyById(keyring, checkpoint.keyId);
  if (!entry) return 'unknown_key';
  const { mac, ...facts } = checkpoint;
  const expected = Buffer.from(macOf(entry.key, facts), 'hex');
  const given = Buffer.from(mac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected)
    ? 'ok'
    : 'bad_signature';
}
