package org.securebase.accounts;

import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A passkey for the service tests, as a browser and an authenticator would make and use it: a P-256 key pair, a
 * "none" attestation at registration, ES256 signatures over the authenticator data and the client data's hash. The
 * JSON it gives is what {@code frontend/sb-passkeys.js} sends.
 */
public final class SoftwareAuthenticator {

    /** Spring test's mock request is http://localhost:80, which the service takes as the page's origin. */
    static final String ORIGIN = "http://localhost";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keys;
    private final byte[] credentialId = new byte[16];
    private int signCount;

    public SoftwareAuthenticator() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        new SecureRandom().nextBytes(credentialId);
    }

    public String credentialId() {
        return B64.encodeToString(credentialId);
    }

    /** The answer to {@code navigator.credentials.create} for these options (JSON from the service). */
    public String create(String optionsJson) {
        JsonNode options = JSON.readTree(optionsJson);
        String rpId = options.get("rp").get("id").asString();
        byte[] clientData =
                clientData("webauthn.create", options.get("challenge").asString());
        ObjectConverter converter = new ObjectConverter();
        byte[] cose = converter
                .getCborConverter()
                .writeValueAsBytes(EC2COSEKey.create((ECPublicKey) keys.getPublic(), COSEAlgorithmIdentifier.ES256));
        ByteArrayOutputStream authData = new ByteArrayOutputStream();
        authData.writeBytes(sha256(rpId.getBytes(StandardCharsets.UTF_8)));
        authData.write(0x45); // user present, user verified, attested credential data
        authData.writeBytes(ByteBuffer.allocate(4).putInt(signCount).array());
        authData.writeBytes(new byte[16]); // AAGUID
        authData.writeBytes(
                ByteBuffer.allocate(2).putShort((short) credentialId.length).array());
        authData.writeBytes(credentialId);
        authData.writeBytes(cose);
        Map<String, Object> attestation = new LinkedHashMap<>();
        attestation.put("fmt", "none");
        attestation.put("attStmt", Map.of());
        attestation.put("authData", authData.toByteArray());
        byte[] attestationObject = converter.getCborConverter().writeValueAsBytes(attestation);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("attestationObject", B64.encodeToString(attestationObject));
        response.put("clientDataJSON", B64.encodeToString(clientData));
        response.put("transports", java.util.List.of("internal"));
        return credential(response);
    }

    /** The answer to {@code navigator.credentials.get} for these options (JSON from the service). */
    public String get(String optionsJson) {
        JsonNode options = JSON.readTree(optionsJson);
        String rpId = options.get("rpId").asString();
        byte[] clientData = clientData("webauthn.get", options.get("challenge").asString());
        signCount++;
        ByteArrayOutputStream authData = new ByteArrayOutputStream();
        authData.writeBytes(sha256(rpId.getBytes(StandardCharsets.UTF_8)));
        authData.write(0x05); // user present, user verified
        authData.writeBytes(ByteBuffer.allocate(4).putInt(signCount).array());
        byte[] signed;
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initSign(keys.getPrivate());
            ecdsa.update(authData.toByteArray());
            ecdsa.update(sha256(clientData));
            signed = ecdsa.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("authenticatorData", B64.encodeToString(authData.toByteArray()));
        response.put("clientDataJSON", B64.encodeToString(clientData));
        response.put("signature", B64.encodeToString(signed));
        return credential(response);
    }

    private String credential(Map<String, Object> response) {
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("id", credentialId());
        credential.put("rawId", credentialId());
        credential.put("type", "public-key");
        credential.put("clientExtensionResults", Map.of());
        credential.put("response", response);
        return JSON.writeValueAsString(credential);
    }

    private static byte[] clientData(String type, String challenge) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", type);
        data.put("challenge", challenge);
        data.put("origin", ORIGIN);
        data.put("crossOrigin", false);
        return JSON.writeValueAsBytes(data);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
