// The browser's half of a passkey (WebAuthn) ceremony for the second-factor page and the profile. The server sends
// the options as JSON (Spring Security's format, binary values in base64url); this turns them into what
// navigator.credentials expects, and the new credential or the assertion back into JSON for the server. A failure
// is reported as one short word the view turns into a message: cancelled, unsupported, exists, failed.

function fromBase64url(value) {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0)).buffer;
}

function toBase64url(buffer) {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (const b of bytes) {
    binary += String.fromCharCode(b);
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function descriptors(list) {
  return (list || []).map((d) => ({ ...d, id: fromBase64url(d.id) }));
}

function creationOptions(json) {
  const options = JSON.parse(json);
  return {
    ...options,
    challenge: fromBase64url(options.challenge),
    user: { ...options.user, id: fromBase64url(options.user.id) },
    excludeCredentials: descriptors(options.excludeCredentials)
  };
}

function requestOptions(json) {
  const options = JSON.parse(json);
  return {
    ...options,
    challenge: fromBase64url(options.challenge),
    allowCredentials: descriptors(options.allowCredentials)
  };
}

function reason(error) {
  if (error && error.name === 'NotAllowedError') {
    return 'cancelled'; // the member closed the prompt, or it timed out
  }
  if (error && error.name === 'InvalidStateError') {
    return 'exists'; // this authenticator already holds one of the member's passkeys
  }
  if (error && (error.name === 'NotSupportedError' || error.name === 'SecurityError')) {
    return 'unsupported';
  }
  return 'failed';
}

function supported() {
  return !!(window.PublicKeyCredential && navigator.credentials && window.isSecureContext);
}

// The browser's half of either ceremony: ask the authenticator, then the credential as JSON with the fields every
// credential has and those its ceremony adds
async function ceremony(ask, fields) {
  if (!supported()) {
    throw new Error('unsupported');
  }
  let credential;
  try {
    credential = await ask();
  } catch (e) {
    throw new Error(reason(e));
  }
  if (!credential) {
    throw new Error('cancelled');
  }
  return JSON.stringify({
    id: credential.id,
    rawId: toBase64url(credential.rawId),
    type: credential.type,
    authenticatorAttachment: credential.authenticatorAttachment || undefined,
    clientExtensionResults: credential.getClientExtensionResults(),
    response: fields(credential.response)
  });
}

function create(json) {
  return ceremony(() => navigator.credentials.create({ publicKey: creationOptions(json) }), response => ({
    attestationObject: toBase64url(response.attestationObject),
    clientDataJSON: toBase64url(response.clientDataJSON),
    transports: typeof response.getTransports === 'function' ? response.getTransports() : []
  }));
}

function get(json) {
  return ceremony(() => navigator.credentials.get({ publicKey: requestOptions(json) }), response => ({
    authenticatorData: toBase64url(response.authenticatorData),
    clientDataJSON: toBase64url(response.clientDataJSON),
    signature: toBase64url(response.signature),
    userHandle: response.userHandle ? toBase64url(response.userHandle) : undefined
  }));
}

window.sbPasskeys = { create, get, supported };
