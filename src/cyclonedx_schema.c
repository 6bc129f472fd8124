/*
 * What the CycloneDX JSON schemas say, as tables for the validator in
 * cyclonedx_validate.c: bom-1.2.schema.json to bom-1.7.schema.json (for
 * 1.2 and 1.3 the regular schemas, not their -strict variants), with
 * jsf-0.82 for signatures and cryptography-defs for algorithm families
 * and elliptic curves. spdx.schema.json is not here: licence ids are
 * checked against data/spdx/, which the caller loads.
 *
 * A definition that is the same in several versions is one node, named
 * after the first of them (hash_v14 serves 1.4, 1.5 and 1.6; hash_v17
 * adds Streebog), so where a name changes, the schema changed. An
 * anonymous schema is named after where it first appears, or after what
 * it is when that is short (string, string_date_time, string_array).
 * Descriptions are left out, and so are keywords that only annotate
 * (title, examples, deprecated); $ref siblings are ignored, as draft-07
 * says. The pattern ^(.*)$ of 1.2 constrains nothing meant and is left
 * out; the others are enum cdx_pattern, implemented by hand.
 *
 * On top of the schemas, a few nodes carry a check the specification
 * states in prose (enum cdx_check): a "bom-ref" member defines a bom-ref;
 * refLinkType, refType outside "bom-ref", and the plain strings of 1.3
 * and 1.4 compositions name one; spdx.schema.json is an SPDX id; a
 * licence choice's "expression" is an SPDX expression; the hash
 * definition checks its content's length against its algorithm.
 *
 * To follow a new CycloneDX version: add its CDX_V entry, its root to
 * cdx_schema[] and, for every definition that changed, a new node named
 * after the version, reusing the nodes of the definitions that did not.
 */
#include <stddef.h>

#include "cyclonedx_validate.h"

/* Every definition, declared first: definitions refer to each other. */
static const struct cdx_node advisory_v14;
static const struct cdx_node affectedStatus_v14;
static const struct cdx_node aggregateType_v13;
static const struct cdx_node aggregateType_v15;
static const struct cdx_node annotations_v15;
static const struct cdx_node annotations_v16;
static const struct cdx_node annotations_v17;
static const struct cdx_node attachment_v12;
static const struct cdx_node attachment_v14;
static const struct cdx_node bomLinkDocumentType_v15;
static const struct cdx_node bomLinkElementType_v15;
static const struct cdx_node bomLink_v15;
static const struct cdx_node bom_v12;
static const struct cdx_node bom_v13;
static const struct cdx_node bom_v14;
static const struct cdx_node bom_v15;
static const struct cdx_node bom_v16;
static const struct cdx_node bom_v17;
static const struct cdx_node cipherSuite_v16;
static const struct cdx_node cipherSuite_v17;
static const struct cdx_node citation_v17;
static const struct cdx_node co2Measure_v16;
static const struct cdx_node command_v15;
static const struct cdx_node command_v16;
static const struct cdx_node commit_v12;
static const struct cdx_node commit_v14;
static const struct cdx_node componentData_v15;
static const struct cdx_node componentData_v16;
static const struct cdx_node componentEvidence_v13;
static const struct cdx_node componentEvidence_v14;
static const struct cdx_node componentEvidence_v15;
static const struct cdx_node componentEvidence_v16;
static const struct cdx_node componentEvidence_v17;
static const struct cdx_node componentIdentityEvidence_v16;
static const struct cdx_node component_v12;
static const struct cdx_node component_v13;
static const struct cdx_node component_v14;
static const struct cdx_node component_v15;
static const struct cdx_node component_v16;
static const struct cdx_node component_v17;
static const struct cdx_node compositions_v13;
static const struct cdx_node compositions_v14;
static const struct cdx_node compositions_v15;
static const struct cdx_node compositions_v16;
static const struct cdx_node condition_v15;
static const struct cdx_node condition_v16;
static const struct cdx_node copyright_v13;
static const struct cdx_node copyright_v14;
static const struct cdx_node cryptoProperties_v16;
static const struct cdx_node cryptoProperties_v17;
static const struct cdx_node cryptoRefArray_v16;
static const struct cdx_node crypto_algorithmFamiliesEnum_v17;
static const struct cdx_node crypto_ellipticCurvesEnum_v17;
static const struct cdx_node cwe_v14;
static const struct cdx_node dataClassification_v12;
static const struct cdx_node dataClassification_v14;
static const struct cdx_node dataClassification_v15;
static const struct cdx_node dataFlowDirection_v15;
static const struct cdx_node dataFlow_v12;
static const struct cdx_node dataGovernanceResponsibleParty_v15;
static const struct cdx_node dataGovernanceResponsibleParty_v16;
static const struct cdx_node dataGovernance_v15;
static const struct cdx_node dataGovernance_v16;
static const struct cdx_node dependency_v12;
static const struct cdx_node dependency_v14;
static const struct cdx_node dependency_v15;
static const struct cdx_node dependency_v16;
static const struct cdx_node diff_v12;
static const struct cdx_node diff_v13;
static const struct cdx_node diff_v14;
static const struct cdx_node energyConsumption_v16;
static const struct cdx_node energyConsumption_v17;
static const struct cdx_node energyMeasure_v16;
static const struct cdx_node energyProvider_v16;
static const struct cdx_node energyProvider_v17;
static const struct cdx_node environmentalConsiderations_v16;
static const struct cdx_node environmentalConsiderations_v17;
static const struct cdx_node event_v15;
static const struct cdx_node event_v16;
static const struct cdx_node event_v17;
static const struct cdx_node externalReference_v12;
static const struct cdx_node externalReference_v13;
static const struct cdx_node externalReference_v14;
static const struct cdx_node externalReference_v15;
static const struct cdx_node externalReference_v16;
static const struct cdx_node externalReference_v17;
static const struct cdx_node fairnessAssessment_v15;
static const struct cdx_node formula_v15;
static const struct cdx_node formula_v16;
static const struct cdx_node formula_v17;
static const struct cdx_node graphic_v15;
static const struct cdx_node graphicsCollection_v15;
static const struct cdx_node hash_alg_v12;
static const struct cdx_node hash_alg_v17;
static const struct cdx_node hash_content_v12;
static const struct cdx_node hash_v12;
static const struct cdx_node hash_v14;
static const struct cdx_node hash_v17;
static const struct cdx_node identifiableAction_v12;
static const struct cdx_node identifiableAction_v14;
static const struct cdx_node ikeV2Auth_v17;
static const struct cdx_node ikeV2Enc_v17;
static const struct cdx_node ikeV2Integ_v17;
static const struct cdx_node ikeV2Ke_v17;
static const struct cdx_node ikeV2Prf_v17;
static const struct cdx_node impactAnalysisJustification_v14;
static const struct cdx_node impactAnalysisState_v14;
static const struct cdx_node inputOutputMLParameters_v15;
static const struct cdx_node inputType_v15;
static const struct cdx_node inputType_v16;
static const struct cdx_node inputType_v17;
static const struct cdx_node issue_v12;
static const struct cdx_node issue_v13;
static const struct cdx_node issue_v14;
static const struct cdx_node jsf_keyType_v14;
static const struct cdx_node jsf_publicKey_v14;
static const struct cdx_node jsf_signature_v14;
static const struct cdx_node jsf_signer_v14;
static const struct cdx_node licenseAcknowledgementEnumeration_v16;
static const struct cdx_node licenseChoice_v13;
static const struct cdx_node licenseChoice_v14;
static const struct cdx_node licenseChoice_v15;
static const struct cdx_node licenseChoice_v16;
static const struct cdx_node licenseChoice_v17;
static const struct cdx_node license_v12;
static const struct cdx_node license_v13;
static const struct cdx_node license_v14;
static const struct cdx_node license_v15;
static const struct cdx_node license_v16;
static const struct cdx_node license_v17;
static const struct cdx_node licensing_v17;
static const struct cdx_node localeType_v14;
static const struct cdx_node metadata_v12;
static const struct cdx_node metadata_v13;
static const struct cdx_node metadata_v14;
static const struct cdx_node metadata_v15;
static const struct cdx_node metadata_v16;
static const struct cdx_node metadata_v17;
static const struct cdx_node modelCard_v15;
static const struct cdx_node modelCard_v16;
static const struct cdx_node modelCard_v17;
static const struct cdx_node note_v14;
static const struct cdx_node organizationalContact_v12;
static const struct cdx_node organizationalContact_v14;
static const struct cdx_node organizationalContact_v15;
static const struct cdx_node organizationalEntity_v12;
static const struct cdx_node organizationalEntity_v13;
static const struct cdx_node organizationalEntity_v14;
static const struct cdx_node organizationalEntity_v15;
static const struct cdx_node organizationalEntity_v16;
static const struct cdx_node outputType_v15;
static const struct cdx_node outputType_v16;
static const struct cdx_node outputType_v17;
static const struct cdx_node parameter_v15;
static const struct cdx_node patch_v12;
static const struct cdx_node patch_v13;
static const struct cdx_node patch_v14;
static const struct cdx_node patentApplicationNumber_v17;
static const struct cdx_node patentAssertions_v17;
static const struct cdx_node patentFamily_v17;
static const struct cdx_node patentFilingDate_v17;
static const struct cdx_node patentJurisdiction_v17;
static const struct cdx_node patent_v17;
static const struct cdx_node performanceMetric_v15;
static const struct cdx_node postalAddress_v16;
static const struct cdx_node priorityApplication_v17;
static const struct cdx_node property_v13;
static const struct cdx_node property_v16;
static const struct cdx_node range_v14;
static const struct cdx_node rating_v14;
static const struct cdx_node rating_v15;
static const struct cdx_node refLinkType_v15;
static const struct cdx_node refLinkType_v16;
static const struct cdx_node refType_v12;
static const struct cdx_node refType_v15;
static const struct cdx_node relatedCryptographicAsset_v17;
static const struct cdx_node relatedCryptographicAssets_v17;
static const struct cdx_node releaseNotes_v14;
static const struct cdx_node releaseNotes_v16;
static const struct cdx_node releaseType_v14;
static const struct cdx_node resourceReferenceChoice_v15;
static const struct cdx_node resourceReferenceChoice_v16;
static const struct cdx_node resourceReferenceChoice_v17;
static const struct cdx_node risk_v15;
static const struct cdx_node scoreMethod_v14;
static const struct cdx_node scoreMethod_v15;
static const struct cdx_node securedBy_v16;
static const struct cdx_node serviceData_v15;
static const struct cdx_node serviceData_v16;
static const struct cdx_node service_v12;
static const struct cdx_node service_v13;
static const struct cdx_node service_v14;
static const struct cdx_node service_v15;
static const struct cdx_node service_v16;
static const struct cdx_node service_v17;
static const struct cdx_node severity_v14;
static const struct cdx_node signature_v14;
static const struct cdx_node standard_v16;
static const struct cdx_node standard_v17;
static const struct cdx_node step_v15;
static const struct cdx_node step_v16;
static const struct cdx_node swid_v12;
static const struct cdx_node swid_v13;
static const struct cdx_node swid_v14;
static const struct cdx_node tags_v16;
static const struct cdx_node taskType_v15;
static const struct cdx_node task_v15;
static const struct cdx_node task_v16;
static const struct cdx_node task_v17;
static const struct cdx_node tlpClassification_v17;
static const struct cdx_node tool_v12;
static const struct cdx_node tool_v14;
static const struct cdx_node tool_v15;
static const struct cdx_node tool_v16;
static const struct cdx_node tool_v17;
static const struct cdx_node trigger_v15;
static const struct cdx_node trigger_v16;
static const struct cdx_node trigger_v17;
static const struct cdx_node versionRange_v16;
static const struct cdx_node version_v14;
static const struct cdx_node version_v16;
static const struct cdx_node volume_v15;
static const struct cdx_node volume_v16;
static const struct cdx_node vulnerabilitySource_v14;
static const struct cdx_node vulnerability_v14;
static const struct cdx_node vulnerability_v15;
static const struct cdx_node vulnerability_v16;
static const struct cdx_node vulnerability_v17;
static const struct cdx_node workflow_v15;
static const struct cdx_node workflow_v16;
static const struct cdx_node workflow_v17;
static const struct cdx_node workspace_v15;
static const struct cdx_node workspace_v16;
static const struct cdx_node workspace_v17;

/* Enumerations and lists of required members. */

static const char *const req_advisory_v14[] = {
	"url",
	NULL
};

static const char *const enum_affectedStatus_v14[] = {
	"affected", "unaffected", "unknown",
	NULL
};

static const char *const enum_aggregateType_v13[] = {
	"complete", "incomplete", "incomplete_first_party_only",
	"incomplete_third_party_only", "unknown", "not_specified",
	NULL
};

static const char *const enum_aggregateType_v15[] = {
	"complete", "incomplete", "incomplete_first_party_only",
	"incomplete_first_party_proprietary_only",
	"incomplete_first_party_opensource_only", "incomplete_third_party_only",
	"incomplete_third_party_proprietary_only",
	"incomplete_third_party_opensource_only", "unknown", "not_specified",
	NULL
};

static const char *const req_annotations_v15[] = {
	"subjects", "annotator", "timestamp", "text",
	NULL
};

static const char *const req_annotations_v15_annotator_one1[] = {
	"organization",
	NULL
};

static const char *const req_annotations_v15_annotator_one2[] = {
	"individual",
	NULL
};

static const char *const req_annotations_v15_annotator_one3[] = {
	"component",
	NULL
};

static const char *const req_annotations_v15_annotator_one4[] = {
	"service",
	NULL
};

static const char *const req_attachment_v12[] = {
	"content",
	NULL
};

static const char *const enum_attachment_v12_encoding[] = {
	"base64",
	NULL
};

static const char *const req_bom_v12[] = {
	"bomFormat", "specVersion",
	NULL
};

static const char *const enum_bom_v12_bomFormat[] = {
	"CycloneDX",
	NULL
};

static const char *const req_bom_v16_item_one1[] = {
	"signature",
	NULL
};

static const char *const req_bom_v16_item_one2[] = {
	"externalReference", "organization",
	NULL
};

static const char *const req_citation_v17[] = {
	"timestamp",
	NULL
};

static const char *const req_citation_v17_any1[] = {
	"attributedTo",
	NULL
};

static const char *const req_citation_v17_any2[] = {
	"process",
	NULL
};

static const char *const req_citation_v17_one1[] = {
	"pointers",
	NULL
};

static const char *const req_citation_v17_one2[] = {
	"expressions",
	NULL
};

static const char *const req_co2Measure_v16[] = {
	"value", "unit",
	NULL
};

static const char *const enum_co2Measure_v16_unit[] = {
	"tCO2eq",
	NULL
};

static const char *const req_componentData_v15[] = {
	"type",
	NULL
};

static const char *const enum_componentData_v15_type[] = {
	"source-code", "configuration", "dataset", "definition", "other",
	NULL
};

static const char *const req_componentEvidence_v15_frames_i[] = {
	"module",
	NULL
};

static const char *const req_componentEvidence_v15_identity[] = {
	"field",
	NULL
};

static const char *const enum_componentEvidence_v15_identit[] = {
	"group", "name", "version", "purl", "cpe", "swid", "hash",
	NULL
};

static const char *const req_componentEvidence_v15_methods[] = {
	"technique", "confidence",
	NULL
};

static const char *const enum_componentEvidence_v15_item_te[] = {
	"source-code-analysis", "binary-analysis", "manifest-analysis",
	"ast-fingerprint", "hash-comparison", "instrumentation",
	"dynamic-analysis", "filename", "attestation", "other",
	NULL
};

static const char *const req_componentEvidence_v15_occurren[] = {
	"location",
	NULL
};

static const char *const enum_componentIdentityEvidence_v16[] = {
	"group", "name", "version", "purl", "cpe", "omniborId", "swhid", "swid",
	"hash",
	NULL
};

static const char *const req_component_v12[] = {
	"type", "name", "version",
	NULL
};

static const char *const req_component_v12_item_one1[] = {
	"license",
	NULL
};

static const char *const req_component_v12_item_one2[] = {
	"expression",
	NULL
};

static const char *const enum_component_v12_scope[] = {
	"required", "optional", "excluded",
	NULL
};

static const char *const enum_component_v12_type[] = {
	"application", "framework", "library", "container", "operating-system",
	"device", "firmware", "file",
	NULL
};

static const char *const req_component_v14[] = {
	"type", "name",
	NULL
};

static const char *const enum_component_v15_type[] = {
	"application", "framework", "library", "container", "platform",
	"operating-system", "device", "device-driver", "firmware", "file",
	"machine-learning-model", "data",
	NULL
};

static const char *const enum_component_v16_type[] = {
	"application", "framework", "library", "container", "platform",
	"operating-system", "device", "device-driver", "firmware", "file",
	"machine-learning-model", "data", "cryptographic-asset",
	NULL
};

static const char *const req_component_v17_all1_not[] = {
	"version", "versionRange",
	NULL
};

static const char *const req_component_v17_then_not[] = {
	"versionRange",
	NULL
};

static const char *const req_compositions_v13[] = {
	"aggregate",
	NULL
};

static const char *const req_copyright_v13[] = {
	"text",
	NULL
};

static const char *const req_cryptoProperties_v16[] = {
	"assetType",
	NULL
};

static const char *const enum_cryptoProperties_v16_certific[] = {
	"none", "fips140-1-l1", "fips140-1-l2", "fips140-1-l3", "fips140-1-l4",
	"fips140-2-l1", "fips140-2-l2", "fips140-2-l3", "fips140-2-l4",
	"fips140-3-l1", "fips140-3-l2", "fips140-3-l3", "fips140-3-l4",
	"cc-eal1", "cc-eal1+", "cc-eal2", "cc-eal2+", "cc-eal3", "cc-eal3+",
	"cc-eal4", "cc-eal4+", "cc-eal5", "cc-eal5+", "cc-eal6", "cc-eal6+",
	"cc-eal7", "cc-eal7+", "other", "unknown",
	NULL
};

static const char *const enum_cryptoProperties_v16_cryptoFu[] = {
	"generate", "keygen", "encrypt", "decrypt", "digest", "tag",
	"keyderive", "sign", "verify", "encapsulate", "decapsulate", "other",
	"unknown",
	NULL
};

static const char *const enum_cryptoProperties_v16_algorith[] = {
	"software-plain-ram", "software-encrypted-ram", "software-tee",
	"hardware", "other", "unknown",
	NULL
};

static const char *const enum_cryptoProperties_v16_algorith_2[] = {
	"generic", "x86_32", "x86_64", "armv7-a", "armv7-m", "armv8-a",
	"armv8-m", "armv9-a", "armv9-m", "s390x", "ppc64", "ppc64le", "other",
	"unknown",
	NULL
};

static const char *const enum_cryptoProperties_v16_algorith_3[] = {
	"cbc", "ecb", "ccm", "gcm", "cfb", "ofb", "ctr", "other", "unknown",
	NULL
};

static const char *const enum_cryptoProperties_v16_algorith_4[] = {
	"pkcs5", "pkcs7", "pkcs1v15", "oaep", "raw", "other", "unknown",
	NULL
};

static const char *const enum_cryptoProperties_v16_algorith_5[] = {
	"drbg", "mac", "block-cipher", "stream-cipher", "signature", "hash",
	"pke", "xof", "kdf", "key-agree", "kem", "ae", "combiner", "other",
	"unknown",
	NULL
};

static const char *const enum_cryptoProperties_v16_assetTyp[] = {
	"algorithm", "certificate", "protocol", "related-crypto-material",
	NULL
};

static const char *const enum_cryptoProperties_v16_protocol[] = {
	"tls", "ssh", "ipsec", "ike", "sstp", "wpa", "other", "unknown",
	NULL
};

static const char *const enum_cryptoProperties_v16_relatedC[] = {
	"pre-activation", "active", "suspended", "deactivated", "compromised",
	"destroyed",
	NULL
};

static const char *const enum_cryptoProperties_v16_relatedC_2[] = {
	"private-key", "public-key", "secret-key", "key", "ciphertext",
	"signature", "digest", "initialization-vector", "nonce", "seed", "salt",
	"shared-secret", "tag", "additional-data", "password", "credential",
	"token", "other", "unknown",
	NULL
};

static const char *const enum_cryptoProperties_v17_algorith[] = {
	"drbg", "mac", "block-cipher", "stream-cipher", "signature", "hash",
	"pke", "xof", "kdf", "key-agree", "kem", "ae", "combiner", "key-wrap",
	"other", "unknown",
	NULL
};

static const char *const req_cryptoProperties_v17_item_one1[] = {
	"commonExtensionName", "commonExtensionValue",
	NULL
};

static const char *const enum_cryptoProperties_v17_one1_com[] = {
	"basicConstraints", "keyUsage", "extendedKeyUsage",
	"subjectAlternativeName", "authorityKeyIdentifier",
	"subjectKeyIdentifier", "authorityInformationAccess",
	"certificatePolicies", "crlDistributionPoints",
	"signedCertificateTimestamp",
	NULL
};

static const char *const req_cryptoProperties_v17_item_one2[] = {
	"customExtensionName",
	NULL
};

static const char *const req_cryptoProperties_v17_item_one1_2[] = {
	"state",
	NULL
};

static const char *const enum_cryptoProperties_v17_one1_sta[] = {
	"pre-activation", "active", "suspended", "deactivated", "revoked",
	"destroyed",
	NULL
};

static const char *const req_cryptoProperties_v17_item_one2_2[] = {
	"name",
	NULL
};

static const char *const enum_cryptoProperties_v17_protocol[] = {
	"tls", "ssh", "ipsec", "ike", "sstp", "wpa", "dtls", "quic", "eap-aka",
	"eap-aka-prime", "prins", "5g-aka", "other", "unknown",
	NULL
};

static const char *const enum_crypto_algorithmFamiliesEnum[] = {
	"3DES", "3GPP-XOR", "A5/1", "A5/2", "AES", "ARIA", "Argon2", "Ascon",
	"BLAKE2", "BLAKE3", "BLS", "Blowfish", "CAMELLIA", "CAST5", "CAST6",
	"CMAC", "CMEA", "CTR_DRBG", "ChaCha", "ChaCha20", "DES", "DSA", "ECDH",
	"ECDSA", "ECIES", "EdDSA", "ElGamal", "FFDH", "Fortuna", "GOST", "HC",
	"HKDF", "HMAC", "HMAC_DRBG", "HPKE", "Hash_DRBG", "IDEA", "IKE-PRF",
	"J-PAKE", "LMS", "MD2", "MD4", "MD5", "MILENAGE", "ML-DSA", "ML-KEM",
	"MQV", "OPAQUE", "PBES1", "PBES2", "PBKDF1", "PBKDF2", "PBMAC1",
	"Poly1305", "RABBIT", "RC2", "RC4", "RC5", "RC6", "RIPEMD",
	"RSAES-OAEP", "RSAES-PKCS1", "RSASSA-PKCS1", "RSASSA-PSS", "SEED",
	"SHA-1", "SHA-2", "SHA-3", "SLH-DSA", "SM2", "SM3", "SM4", "SM9",
	"SNOW3G", "SP800-108", "SPAKE2", "SPAKE2PLUS", "SRP", "Salsa20",
	"Serpent", "SipHash", "Skipjack", "TUAK", "Twofish", "UMAC",
	"Whirlpool", "X3DH", "XMSS", "Yarrow", "ZUC", "bcrypt", "scrypt",
	"yescrypt",
	NULL
};

static const char *const enum_crypto_ellipticCurvesEnum_v17[] = {
	"anssi/FRP256v1", "bls/BLS12-377", "bls/BLS12-381", "bls/BLS12-446",
	"bls/BLS12-455", "bls/BLS12-638", "bls/BLS24-477", "bls/Bandersnatch",
	"bn/bn158", "bn/bn190", "bn/bn222", "bn/bn254", "bn/bn286", "bn/bn318",
	"bn/bn350", "bn/bn382", "bn/bn414", "bn/bn446", "bn/bn478", "bn/bn510",
	"bn/bn542", "bn/bn574", "bn/bn606", "bn/bn638",
	"brainpool/brainpoolP160r1", "brainpool/brainpoolP160t1",
	"brainpool/brainpoolP192r1", "brainpool/brainpoolP192t1",
	"brainpool/brainpoolP224r1", "brainpool/brainpoolP224t1",
	"brainpool/brainpoolP256r1", "brainpool/brainpoolP256t1",
	"brainpool/brainpoolP320r1", "brainpool/brainpoolP320t1",
	"brainpool/brainpoolP384r1", "brainpool/brainpoolP384t1",
	"brainpool/brainpoolP512r1", "brainpool/brainpoolP512t1",
	"gost/gost256", "gost/gost512",
	"gost/id-GostR3410-2001-CryptoPro-A-ParamSet",
	"gost/id-GostR3410-2001-CryptoPro-B-ParamSet",
	"gost/id-GostR3410-2001-CryptoPro-C-ParamSet",
	"gost/id-tc26-gost-3410-12-512-paramSetA",
	"gost/id-tc26-gost-3410-12-512-paramSetB",
	"gost/id-tc26-gost-3410-2012-256-paramSetA",
	"gost/id-tc26-gost-3410-2012-512-paramSetC", "mnt/mnt1", "mnt/mnt2/1",
	"mnt/mnt2/2", "mnt/mnt3/1", "mnt/mnt3/2", "mnt/mnt3/3", "mnt/mnt4",
	"mnt/mnt5/1", "mnt/mnt5/2", "mnt/mnt5/3", "nist/B-163", "nist/B-233",
	"nist/B-283", "nist/B-409", "nist/B-571", "nist/K-163", "nist/K-233",
	"nist/K-283", "nist/K-409", "nist/K-571", "nist/P-192", "nist/P-224",
	"nist/P-256", "nist/P-384", "nist/P-521", "nums/ed-254-mont",
	"nums/ed-255-mers", "nums/ed-256-mont", "nums/ed-382-mont",
	"nums/ed-383-mers", "nums/ed-384-mont", "nums/ed-510-mont",
	"nums/ed-511-mers", "nums/ed-512-mont", "nums/numsp256d1",
	"nums/numsp256t1", "nums/numsp384d1", "nums/numsp384t1",
	"nums/numsp512d1", "nums/numsp512t1", "nums/w-254-mont",
	"nums/w-255-mers", "nums/w-256-mont", "nums/w-382-mont",
	"nums/w-383-mers", "nums/w-384-mont", "nums/w-510-mont",
	"nums/w-511-mers", "nums/w-512-mont", "oakley/192-bit Random ECP Group",
	"oakley/224-bit Random ECP Group", "oakley/256-bit Random ECP Group",
	"oakley/384-bit Random ECP Group", "oakley/521-bit Random ECP Group",
	"oakley/Oakley Group 3", "oakley/Oakley Group 4", "oscaa/SM2",
	"other/BADA55-R-256", "other/BADA55-VPR-224", "other/BADA55-VPR2-224",
	"other/BADA55-VR-224", "other/BADA55-VR-256", "other/BADA55-VR-384",
	"other/Curve1174", "other/Curve22103", "other/Curve25519",
	"other/Curve383187", "other/Curve41417", "other/Curve4417",
	"other/Curve448", "other/Curve67254", "other/E-222", "other/E-382",
	"other/E-521", "other/Ed25519", "other/Ed448", "other/Ed448-Goldilocks",
	"other/FourQ", "other/Fp224BN", "other/Fp254BNa", "other/Fp254BNb",
	"other/Fp254n2BNa", "other/Fp256BN", "other/Fp384BN", "other/Fp512BN",
	"other/JubJub", "other/M-221", "other/M-383", "other/M-511",
	"other/MDC201601", "other/Pallas", "other/Tom-256", "other/Tom-384",
	"other/Tom-521", "other/Tweedledee", "other/Tweedledum", "other/Vesta",
	"other/ssc-160", "other/ssc-192", "other/ssc-224", "other/ssc-256",
	"other/ssc-288", "other/ssc-320", "other/ssc-384", "other/ssc-512",
	"secg/secp112r1", "secg/secp112r2", "secg/secp128r1", "secg/secp128r2",
	"secg/secp160k1", "secg/secp160r1", "secg/secp160r2", "secg/secp192k1",
	"secg/secp192r1", "secg/secp224k1", "secg/secp224r1", "secg/secp256k1",
	"secg/secp256r1", "secg/secp384r1", "secg/secp521r1", "secg/sect113r1",
	"secg/sect113r2", "secg/sect131r1", "secg/sect131r2", "secg/sect163k1",
	"secg/sect163r1", "secg/sect163r2", "secg/sect193r1", "secg/sect193r2",
	"secg/sect233k1", "secg/sect233r1", "secg/sect239k1", "secg/sect283k1",
	"secg/sect283r1", "secg/sect409k1", "secg/sect409r1", "secg/sect571k1",
	"secg/sect571r1", "wtls/wap-wsg-idm-ecid-wtls1",
	"wtls/wap-wsg-idm-ecid-wtls10", "wtls/wap-wsg-idm-ecid-wtls11",
	"wtls/wap-wsg-idm-ecid-wtls12", "wtls/wap-wsg-idm-ecid-wtls3",
	"wtls/wap-wsg-idm-ecid-wtls4", "wtls/wap-wsg-idm-ecid-wtls5",
	"wtls/wap-wsg-idm-ecid-wtls6", "wtls/wap-wsg-idm-ecid-wtls7",
	"wtls/wap-wsg-idm-ecid-wtls8", "wtls/wap-wsg-idm-ecid-wtls9",
	"x962/c2onb191v4", "x962/c2onb191v5", "x962/c2onb239v4",
	"x962/c2onb239v5", "x962/c2pnb163v1", "x962/c2pnb163v2",
	"x962/c2pnb163v3", "x962/c2pnb176w1", "x962/c2pnb208w1",
	"x962/c2pnb272w1", "x962/c2pnb304w1", "x962/c2pnb368w1",
	"x962/c2tnb191v1", "x962/c2tnb191v2", "x962/c2tnb191v3",
	"x962/c2tnb239v1", "x962/c2tnb239v2", "x962/c2tnb239v3",
	"x962/c2tnb359v1", "x962/c2tnb431r1", "x962/prime192v1",
	"x962/prime192v2", "x962/prime192v3", "x962/prime239v1",
	"x962/prime239v2", "x962/prime239v3", "x962/prime256v1",
	"x963/ansip160k1", "x963/ansip160r1", "x963/ansip160r2",
	"x963/ansip192k1", "x963/ansip224k1", "x963/ansip224r1",
	"x963/ansip256k1", "x963/ansip384r1", "x963/ansip521r1",
	"x963/ansit163k1", "x963/ansit163r1", "x963/ansit163r2",
	"x963/ansit193r1", "x963/ansit193r2", "x963/ansit233k1",
	"x963/ansit233r1", "x963/ansit239k1", "x963/ansit283k1",
	"x963/ansit283r1", "x963/ansit409k1", "x963/ansit409r1",
	"x963/ansit571k1", "x963/ansit571r1",
	NULL
};

static const char *const req_dataClassification_v12[] = {
	"flow", "classification",
	NULL
};

static const char *const enum_dataFlowDirection_v15[] = {
	"inbound", "outbound", "bi-directional", "unknown",
	NULL
};

static const char *const req_dataGovernanceResponsibleParty[] = {
	"contact",
	NULL
};

static const char *const req_dependency_v12[] = {
	"ref",
	NULL
};

static const char *const req_energyConsumption_v16[] = {
	"activity", "energyProviders", "activityEnergyCost",
	NULL
};

static const char *const enum_energyConsumption_v16_activit[] = {
	"design", "data-collection", "data-preparation", "training",
	"fine-tuning", "validation", "deployment", "inference", "other",
	NULL
};

static const char *const enum_energyMeasure_v16_unit[] = {
	"kWh",
	NULL
};

static const char *const req_energyProvider_v16[] = {
	"organization", "energySource", "energyProvided",
	NULL
};

static const char *const enum_energyProvider_v16_energySour[] = {
	"coal", "oil", "natural-gas", "nuclear", "wind", "solar", "geothermal",
	"hydropower", "biofuel", "unknown", "other",
	NULL
};

static const char *const req_externalReference_v12[] = {
	"url", "type",
	NULL
};

static const char *const enum_externalReference_v12_type[] = {
	"vcs", "issue-tracker", "website", "advisories", "bom", "mailing-list",
	"social", "chat", "documentation", "support", "distribution", "license",
	"build-meta", "build-system", "other",
	NULL
};

static const char *const enum_externalReference_v14_type[] = {
	"vcs", "issue-tracker", "website", "advisories", "bom", "mailing-list",
	"social", "chat", "documentation", "support", "distribution", "license",
	"build-meta", "build-system", "release-notes", "other",
	NULL
};

static const char *const enum_externalReference_v15_type[] = {
	"vcs", "issue-tracker", "website", "advisories", "bom", "mailing-list",
	"social", "chat", "documentation", "support", "distribution",
	"distribution-intake", "license", "build-meta", "build-system",
	"release-notes", "security-contact", "model-card", "log",
	"configuration", "evidence", "formulation", "attestation",
	"threat-model", "adversary-model", "risk-assessment",
	"vulnerability-assertion", "exploitability-statement", "pentest-report",
	"static-analysis-report", "dynamic-analysis-report",
	"runtime-analysis-report", "component-analysis-report",
	"maturity-report", "certification-report", "codified-infrastructure",
	"quality-metrics", "poam", "other",
	NULL
};

static const char *const enum_externalReference_v16_type[] = {
	"vcs", "issue-tracker", "website", "advisories", "bom", "mailing-list",
	"social", "chat", "documentation", "support", "source-distribution",
	"distribution", "distribution-intake", "license", "build-meta",
	"build-system", "release-notes", "security-contact", "model-card",
	"log", "configuration", "evidence", "formulation", "attestation",
	"threat-model", "adversary-model", "risk-assessment",
	"vulnerability-assertion", "exploitability-statement", "pentest-report",
	"static-analysis-report", "dynamic-analysis-report",
	"runtime-analysis-report", "component-analysis-report",
	"maturity-report", "certification-report", "codified-infrastructure",
	"quality-metrics", "poam", "electronic-signature", "digital-signature",
	"rfc-9116", "other",
	NULL
};

static const char *const enum_externalReference_v17_type[] = {
	"vcs", "issue-tracker", "website", "advisories", "bom", "mailing-list",
	"social", "chat", "documentation", "support", "source-distribution",
	"distribution", "distribution-intake", "license", "build-meta",
	"build-system", "release-notes", "security-contact", "model-card",
	"log", "configuration", "evidence", "formulation", "attestation",
	"threat-model", "adversary-model", "risk-assessment",
	"vulnerability-assertion", "exploitability-statement", "pentest-report",
	"static-analysis-report", "dynamic-analysis-report",
	"runtime-analysis-report", "component-analysis-report",
	"maturity-report", "certification-report", "codified-infrastructure",
	"quality-metrics", "poam", "electronic-signature", "digital-signature",
	"rfc-9116", "patent", "patent-family", "patent-assertion", "citation",
	"other",
	NULL
};

static const char *const enum_hash_alg_v12[] = {
	"MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512", "SHA3-256", "SHA3-384",
	"SHA3-512", "BLAKE2b-256", "BLAKE2b-384", "BLAKE2b-512", "BLAKE3",
	NULL
};

static const char *const enum_hash_alg_v17[] = {
	"MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512", "SHA3-256", "SHA3-384",
	"SHA3-512", "BLAKE2b-256", "BLAKE2b-384", "BLAKE2b-512", "BLAKE3",
	"Streebog-256", "Streebog-512",
	NULL
};

static const char *const req_hash_v12[] = {
	"alg", "content",
	NULL
};

static const char *const enum_impactAnalysisJustification_v[] = {
	"code_not_present", "code_not_reachable", "requires_configuration",
	"requires_dependency", "requires_environment", "protected_by_compiler",
	"protected_at_runtime", "protected_at_perimeter",
	"protected_by_mitigating_control",
	NULL
};

static const char *const enum_impactAnalysisState_v14[] = {
	"resolved", "resolved_with_pedigree", "exploitable", "in_triage",
	"false_positive", "not_affected",
	NULL
};

static const char *const req_inputType_v15_one1[] = {
	"resource",
	NULL
};

static const char *const req_inputType_v15_one2[] = {
	"parameters",
	NULL
};

static const char *const req_inputType_v15_one3[] = {
	"environmentVars",
	NULL
};

static const char *const req_inputType_v15_one4[] = {
	"data",
	NULL
};

static const char *const enum_issue_v12_type[] = {
	"defect", "enhancement", "security",
	NULL
};

static const char *const enum_jsf_keyType_v14[] = {
	"EC", "OKP", "RSA",
	NULL
};

static const char *const req_jsf_publicKey_v14[] = {
	"kty",
	NULL
};

static const char *const req_jsf_publicKey_v14_all1_then[] = {
	"kty", "crv", "x", "y",
	NULL
};

static const char *const enum_jsf_publicKey_v14_then_crv[] = {
	"P-256", "P-384", "P-521",
	NULL
};

static const char *const req_jsf_publicKey_v14_all2_then[] = {
	"kty", "crv", "x",
	NULL
};

static const char *const enum_jsf_publicKey_v14_then_crv_2[] = {
	"Ed25519", "Ed448",
	NULL
};

static const char *const req_jsf_publicKey_v14_all3_then[] = {
	"kty", "n", "e",
	NULL
};

static const char *const req_jsf_signer_v14[] = {
	"algorithm", "value",
	NULL
};

static const char *const enum_jsf_signer_v14_algorithm_one1[] = {
	"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384",
	"ES512", "Ed25519", "Ed448", "HS256", "HS384", "HS512",
	NULL
};

static const char *const enum_licenseAcknowledgementEnumera[] = {
	"declared", "concluded",
	NULL
};

static const char *const req_licenseChoice_v17_expressionDe[] = {
	"licenseIdentifier",
	NULL
};

static const char *const req_license_v12_one1[] = {
	"id",
	NULL
};

static const char *const enum_license_v15_licenseTypes_item[] = {
	"academic", "appliance", "client-access", "concurrent-user",
	"core-points", "custom-metric", "device", "evaluation", "named-user",
	"node-locked", "oem", "perpetual", "processor-points", "subscription",
	"user", "other",
	NULL
};

static const char *const req_metadata_v15_item_one1[] = {
	"phase",
	NULL
};

static const char *const enum_metadata_v15_one1_phase[] = {
	"design", "pre-build", "build", "post-build", "operations", "discovery",
	"decommission",
	NULL
};

static const char *const enum_modelCard_v15_approach_type[] = {
	"supervised", "unsupervised", "reinforcement-learning",
	"semi-supervised", "self-supervised",
	NULL
};

static const char *const enum_outputType_v15_type[] = {
	"artifact", "attestation", "log", "evidence", "metrics", "other",
	NULL
};

static const char *const enum_patch_v12_type[] = {
	"unofficial", "monkey", "backport", "cherry-pick",
	NULL
};

static const char *const req_patentAssertions_v17_item[] = {
	"assertionType", "asserter",
	NULL
};

static const char *const enum_patentAssertions_v17_item_ass[] = {
	"ownership", "license", "third-party-claim", "standards-inclusion",
	"prior-art", "exclusive-rights", "non-assertion",
	"research-or-evaluation",
	NULL
};

static const char *const req_patentFamily_v17[] = {
	"familyId",
	NULL
};

static const char *const req_patent_v17[] = {
	"patentNumber", "jurisdiction", "patentLegalStatus",
	NULL
};

static const char *const enum_patent_v17_patentLegalStatus[] = {
	"pending", "granted", "revoked", "expired", "lapsed", "withdrawn",
	"abandoned", "suspended", "reinstated", "opposed", "terminated",
	"invalidated", "in-force",
	NULL
};

static const char *const req_priorityApplication_v17[] = {
	"applicationNumber", "jurisdiction", "filingDate",
	NULL
};

static const char *const req_resourceReferenceChoice_v15_on[] = {
	"externalReference",
	NULL
};

static const char *const enum_scoreMethod_v14[] = {
	"CVSSv2", "CVSSv3", "CVSSv31", "OWASP", "other",
	NULL
};

static const char *const enum_scoreMethod_v15[] = {
	"CVSSv2", "CVSSv3", "CVSSv31", "CVSSv4", "OWASP", "SSVC", "other",
	NULL
};

static const char *const enum_severity_v14[] = {
	"critical", "high", "medium", "low", "info", "none", "unknown",
	NULL
};

static const char *const req_swid_v12[] = {
	"tagId", "name",
	NULL
};

static const char *const enum_taskType_v15[] = {
	"copy", "clone", "lint", "scan", "merge", "build", "test", "deliver",
	"deploy", "release", "clean", "other",
	NULL
};

static const char *const req_task_v15[] = {
	"bom-ref", "uid", "taskTypes",
	NULL
};

static const char *const enum_tlpClassification_v17[] = {
	"CLEAR", "GREEN", "AMBER", "AMBER_AND_STRICT", "RED",
	NULL
};

static const char *const req_trigger_v15[] = {
	"type", "bom-ref", "uid",
	NULL
};

static const char *const enum_trigger_v15_type[] = {
	"manual", "api", "webhook", "scheduled",
	NULL
};

static const char *const enum_volume_v15_mode[] = {
	"filesystem", "block",
	NULL
};

static const char *const req_vulnerability_v14_item_one1[] = {
	"version",
	NULL
};

static const char *const req_vulnerability_v14_item_one2[] = {
	"range",
	NULL
};

static const char *const enum_vulnerability_v14_response_it[] = {
	"can_not_fix", "will_not_fix", "update", "rollback",
	"workaround_available",
	NULL
};

static const char *const req_vulnerability_v14_references_i[] = {
	"id", "source",
	NULL
};

static const char *const req_workspace_v15[] = {
	"bom-ref", "uid",
	NULL
};

static const char *const enum_workspace_v15_accessMode[] = {
	"read-only", "read-write", "read-write-once", "write-once",
	"write-only",
	NULL
};

/* Anonymous schemas, each before its first use. */

static const struct cdx_node string = {
	.types = CDX_T_STRING,
};

static const struct cdx_node string_iri_reference = {
	.types = CDX_T_STRING,
	.format = CDX_FMT_IRI_REFERENCE,
};

static const struct cdx_prop advisory_v14_props[] = {
	{ "title", &string },
	{ "url", &string_iri_reference },
};

static const struct cdx_prop annotations_v15_annotator_props[] = {
	{ "component", &component_v15 },
	{ "individual", &organizationalContact_v15 },
	{ "organization", &organizationalEntity_v15 },
	{ "service", &service_v15 },
};

static const struct cdx_node annotations_v15_annotator_one1 = {
	.required = req_annotations_v15_annotator_one1,
};

static const struct cdx_node annotations_v15_annotator_one2 = {
	.required = req_annotations_v15_annotator_one2,
};

static const struct cdx_node annotations_v15_annotator_one3 = {
	.required = req_annotations_v15_annotator_one3,
};

static const struct cdx_node annotations_v15_annotator_one4 = {
	.required = req_annotations_v15_annotator_one4,
};

static const struct cdx_node *const annotations_v15_annotator_one[] = {
	&annotations_v15_annotator_one1, &annotations_v15_annotator_one2,
	&annotations_v15_annotator_one3, &annotations_v15_annotator_one4,
	NULL
};

static const struct cdx_logic annotations_v15_annotator_logic = {
	.one_of = annotations_v15_annotator_one,
};

static const struct cdx_node annotations_v15_annotator = {
	.name = "annotator",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 4,
	.props = annotations_v15_annotator_props,
	.logic = &annotations_v15_annotator_logic,
};

static const struct cdx_node bom_ref_refType_v15 = {
	.check = CDX_CHECK_BOM_REF,
	.ref = &refType_v15,
};

static const struct cdx_node ref_refLinkType_v15 = {
	.check = CDX_CHECK_REF,
	.ref = &refLinkType_v15,
};

static const struct cdx_node *const annotations_v15_subjects_item_any[] = {
	&ref_refLinkType_v15, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic annotations_v15_subjects_item_logi = {
	.any_of = annotations_v15_subjects_item_any,
};

static const struct cdx_node annotations_v15_subjects_item = {
	.logic = &annotations_v15_subjects_item_logi,
};

static const struct cdx_node annotations_v15_subjects = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &annotations_v15_subjects_item,
};

static const struct cdx_node string_date_time = {
	.types = CDX_T_STRING,
	.format = CDX_FMT_DATE_TIME,
};

static const struct cdx_prop annotations_v15_props[] = {
	{ "annotator", &annotations_v15_annotator },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "signature", &signature_v14 },
	{ "subjects", &annotations_v15_subjects },
	{ "text", &string },
	{ "timestamp", &string_date_time },
};

static const struct cdx_prop annotations_v16_annotator_props[] = {
	{ "component", &component_v16 },
	{ "individual", &organizationalContact_v15 },
	{ "organization", &organizationalEntity_v16 },
	{ "service", &service_v16 },
};

static const struct cdx_node *const annotations_v16_annotator_one[] = {
	&annotations_v15_annotator_one1, &annotations_v15_annotator_one2,
	&annotations_v15_annotator_one3, &annotations_v15_annotator_one4,
	NULL
};

static const struct cdx_logic annotations_v16_annotator_logic = {
	.one_of = annotations_v16_annotator_one,
};

static const struct cdx_node annotations_v16_annotator = {
	.name = "annotator",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 4,
	.props = annotations_v16_annotator_props,
	.logic = &annotations_v16_annotator_logic,
};

static const struct cdx_node ref_refLinkType_v16 = {
	.check = CDX_CHECK_REF,
	.ref = &refLinkType_v16,
};

static const struct cdx_node *const annotations_v16_subjects_item_any[] = {
	&ref_refLinkType_v16, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic annotations_v16_subjects_item_logi = {
	.any_of = annotations_v16_subjects_item_any,
};

static const struct cdx_node annotations_v16_subjects_item = {
	.logic = &annotations_v16_subjects_item_logi,
};

static const struct cdx_node annotations_v16_subjects = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &annotations_v16_subjects_item,
};

static const struct cdx_prop annotations_v16_props[] = {
	{ "annotator", &annotations_v16_annotator },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "signature", &signature_v14 },
	{ "subjects", &annotations_v16_subjects },
	{ "text", &string },
	{ "timestamp", &string_date_time },
};

static const struct cdx_prop annotations_v17_annotator_props[] = {
	{ "component", &component_v17 },
	{ "individual", &organizationalContact_v15 },
	{ "organization", &organizationalEntity_v16 },
	{ "service", &service_v17 },
};

static const struct cdx_node *const annotations_v17_annotator_one[] = {
	&annotations_v15_annotator_one1, &annotations_v15_annotator_one2,
	&annotations_v15_annotator_one3, &annotations_v15_annotator_one4,
	NULL
};

static const struct cdx_logic annotations_v17_annotator_logic = {
	.one_of = annotations_v17_annotator_one,
};

static const struct cdx_node annotations_v17_annotator = {
	.name = "annotator",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 4,
	.props = annotations_v17_annotator_props,
	.logic = &annotations_v17_annotator_logic,
};

static const struct cdx_node *const annotations_v17_subjects_item_any[] = {
	&ref_refLinkType_v16, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic annotations_v17_subjects_item_logi = {
	.any_of = annotations_v17_subjects_item_any,
};

static const struct cdx_node annotations_v17_subjects_item = {
	.logic = &annotations_v17_subjects_item_logi,
};

static const struct cdx_node annotations_v17_subjects = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &annotations_v17_subjects_item,
};

static const struct cdx_prop annotations_v17_props[] = {
	{ "annotator", &annotations_v17_annotator },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "signature", &signature_v14 },
	{ "subjects", &annotations_v17_subjects },
	{ "text", &string },
	{ "timestamp", &string_date_time },
};

static const struct cdx_node attachment_v12_encoding = {
	.types = CDX_T_STRING,
	.enums = enum_attachment_v12_encoding,
};

static const struct cdx_prop attachment_v12_props[] = {
	{ "content", &string },
	{ "contentType", &string },
	{ "encoding", &attachment_v12_encoding },
};

static const struct cdx_prop attachment_v14_props[] = {
	{ "content", &string },
	{ "contentType", &string },
	{ "encoding", &attachment_v12_encoding },
};

static const struct cdx_node *const bomLink_v15_any[] = {
	&bomLinkDocumentType_v15, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic bomLink_v15_logic = {
	.any_of = bomLink_v15_any,
};

static const struct cdx_node bom_v12_bomFormat = {
	.types = CDX_T_STRING,
	.enums = enum_bom_v12_bomFormat,
};

static const struct cdx_node bom_v12_components = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &component_v12,
};

static const struct cdx_node bom_v12_dependencies = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &dependency_v12,
};

static const struct cdx_node bom_v12_externalReferences = {
	.types = CDX_T_ARRAY,
	.items = &externalReference_v12,
};

static const struct cdx_node string_serial_number = {
	.types = CDX_T_STRING,
	.pattern = CDX_PAT_SERIAL_NUMBER,
};

static const struct cdx_node bom_v12_services = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &service_v12,
};

static const struct cdx_node integer = {
	.types = CDX_T_INTEGER,
};

static const struct cdx_prop bom_v12_props[] = {
	{ "bomFormat", &bom_v12_bomFormat },
	{ "components", &bom_v12_components },
	{ "dependencies", &bom_v12_dependencies },
	{ "externalReferences", &bom_v12_externalReferences },
	{ "metadata", &metadata_v12 },
	{ "serialNumber", &string_serial_number },
	{ "services", &bom_v12_services },
	{ "specVersion", &string },
	{ "version", &integer },
};

static const struct cdx_node bom_v13_components = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &component_v13,
};

static const struct cdx_node bom_v13_compositions = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &compositions_v13,
};

static const struct cdx_node bom_v13_externalReferences = {
	.types = CDX_T_ARRAY,
	.items = &externalReference_v13,
};

static const struct cdx_node bom_v13_services = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &service_v13,
};

static const struct cdx_prop bom_v13_props[] = {
	{ "bomFormat", &bom_v12_bomFormat },
	{ "components", &bom_v13_components },
	{ "compositions", &bom_v13_compositions },
	{ "dependencies", &bom_v12_dependencies },
	{ "externalReferences", &bom_v13_externalReferences },
	{ "metadata", &metadata_v13 },
	{ "serialNumber", &string_serial_number },
	{ "services", &bom_v13_services },
	{ "specVersion", &string },
	{ "version", &integer },
};

static const struct cdx_node bom_v14_components = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &component_v14,
};

static const struct cdx_node bom_v14_compositions = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &compositions_v14,
};

static const struct cdx_node bom_v14_dependencies = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &dependency_v14,
};

static const struct cdx_node bom_v14_externalReferences = {
	.types = CDX_T_ARRAY,
	.items = &externalReference_v14,
};

static const struct cdx_node bom_v14_services = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &service_v14,
};

static const struct cdx_node bom_v14_vulnerabilities = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &vulnerability_v14,
};

static const struct cdx_prop bom_v14_props[] = {
	{ "$schema", &string },
	{ "bomFormat", &bom_v12_bomFormat },
	{ "components", &bom_v14_components },
	{ "compositions", &bom_v14_compositions },
	{ "dependencies", &bom_v14_dependencies },
	{ "externalReferences", &bom_v14_externalReferences },
	{ "metadata", &metadata_v14 },
	{ "serialNumber", &string_serial_number },
	{ "services", &bom_v14_services },
	{ "signature", &signature_v14 },
	{ "specVersion", &string },
	{ "version", &integer },
	{ "vulnerabilities", &bom_v14_vulnerabilities },
};

static const struct cdx_node bom_v15_annotations = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &annotations_v15,
};

static const struct cdx_node bom_v15_components = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &component_v15,
};

static const struct cdx_node bom_v15_compositions = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &compositions_v15,
};

static const struct cdx_node bom_v15_dependencies = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &dependency_v15,
};

static const struct cdx_node bom_v15_externalReferences = {
	.types = CDX_T_ARRAY,
	.items = &externalReference_v15,
};

static const struct cdx_node bom_v15_formulation = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &formula_v15,
};

static const struct cdx_node bom_v15_properties = {
	.types = CDX_T_ARRAY,
	.items = &property_v13,
};

static const struct cdx_node bom_v15_services = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &service_v15,
};

static const struct cdx_limits bom_v15_version_limits = {
	.has = CDX_L_MINIMUM,
	.minimum = 1,
};

static const struct cdx_node bom_v15_version = {
	.types = CDX_T_INTEGER,
	.limits = &bom_v15_version_limits,
};

static const struct cdx_node bom_v15_vulnerabilities = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &vulnerability_v15,
};

static const struct cdx_prop bom_v15_props[] = {
	{ "$schema", &string },
	{ "annotations", &bom_v15_annotations },
	{ "bomFormat", &bom_v12_bomFormat },
	{ "components", &bom_v15_components },
	{ "compositions", &bom_v15_compositions },
	{ "dependencies", &bom_v15_dependencies },
	{ "externalReferences", &bom_v15_externalReferences },
	{ "formulation", &bom_v15_formulation },
	{ "metadata", &metadata_v15 },
	{ "properties", &bom_v15_properties },
	{ "serialNumber", &string_serial_number },
	{ "services", &bom_v15_services },
	{ "signature", &signature_v14 },
	{ "specVersion", &string },
	{ "version", &bom_v15_version },
	{ "vulnerabilities", &bom_v15_vulnerabilities },
};

static const struct cdx_node bom_v16_annotations = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &annotations_v16,
};

static const struct cdx_node bom_v16_components = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &component_v16,
};

static const struct cdx_node bom_v16_compositions = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &compositions_v16,
};

static const struct cdx_prop bom_v16_signatories_item_props[] = {
	{ "externalReference", &externalReference_v16 },
	{ "name", &string },
	{ "organization", &organizationalEntity_v16 },
	{ "role", &string },
	{ "signature", &signature_v14 },
};

static const struct cdx_node bom_v16_item_one1 = {
	.required = req_bom_v16_item_one1,
};

static const struct cdx_node bom_v16_item_one2 = {
	.required = req_bom_v16_item_one2,
};

static const struct cdx_node *const bom_v16_signatories_item_one[] = {
	&bom_v16_item_one1, &bom_v16_item_one2,
	NULL
};

static const struct cdx_logic bom_v16_signatories_item_logic = {
	.one_of = bom_v16_signatories_item_one,
};

static const struct cdx_node bom_v16_signatories_item = {
	.name = "signatories",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = bom_v16_signatories_item_props,
	.logic = &bom_v16_signatories_item_logic,
};

static const struct cdx_node bom_v16_affirmation_signatories = {
	.types = CDX_T_ARRAY,
	.items = &bom_v16_signatories_item,
};

static const struct cdx_prop bom_v16_declarations_affirmation_p[] = {
	{ "signatories", &bom_v16_affirmation_signatories },
	{ "signature", &signature_v14 },
	{ "statement", &string },
};

static const struct cdx_node bom_v16_declarations_affirmation = {
	.name = "affirmation",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = bom_v16_declarations_affirmation_p,
};

static const struct cdx_node boolean = {
	.types = CDX_T_BOOLEAN,
};

static const struct cdx_prop bom_v16_assessors_item_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "organization", &organizationalEntity_v16 },
	{ "thirdParty", &boolean },
};

static const struct cdx_node bom_v16_assessors_item = {
	.name = "assessors",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = bom_v16_assessors_item_props,
};

static const struct cdx_node bom_v16_declarations_assessors = {
	.types = CDX_T_ARRAY,
	.items = &bom_v16_assessors_item,
};

static const struct cdx_node bom_v16_item_claims = {
	.types = CDX_T_ARRAY,
	.items = &ref_refLinkType_v16,
};

static const struct cdx_limits bom_v16_confidence_score_limits = {
	.has = CDX_L_MINIMUM | CDX_L_MAXIMUM,
	.minimum = 0,
	.maximum = 1,
};

static const struct cdx_node bom_v16_confidence_score = {
	.types = CDX_T_NUMBER,
	.limits = &bom_v16_confidence_score_limits,
};

static const struct cdx_prop bom_v16_item_confidence_props[] = {
	{ "rationale", &string },
	{ "score", &bom_v16_confidence_score },
};

static const struct cdx_node bom_v16_item_confidence = {
	.name = "confidence",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = bom_v16_item_confidence_props,
};

static const struct cdx_limits bom_v16_conformance_score_limits = {
	.has = CDX_L_MINIMUM | CDX_L_MAXIMUM,
	.minimum = 0,
	.maximum = 1,
};

static const struct cdx_node bom_v16_conformance_score = {
	.types = CDX_T_NUMBER,
	.limits = &bom_v16_conformance_score_limits,
};

static const struct cdx_prop bom_v16_item_conformance_props[] = {
	{ "mitigationStrategies", &bom_v16_item_claims },
	{ "rationale", &string },
	{ "score", &bom_v16_conformance_score },
};

static const struct cdx_node bom_v16_item_conformance = {
	.name = "conformance",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = bom_v16_item_conformance_props,
};

static const struct cdx_prop bom_v16_map_item_props[] = {
	{ "claims", &bom_v16_item_claims },
	{ "confidence", &bom_v16_item_confidence },
	{ "conformance", &bom_v16_item_conformance },
	{ "counterClaims", &bom_v16_item_claims },
	{ "requirement", &ref_refLinkType_v16 },
};

static const struct cdx_node bom_v16_map_item = {
	.name = "map",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = bom_v16_map_item_props,
};

static const struct cdx_node bom_v16_item_map = {
	.types = CDX_T_ARRAY,
	.items = &bom_v16_map_item,
};

static const struct cdx_prop bom_v16_attestations_item_props[] = {
	{ "assessor", &ref_refLinkType_v16 },
	{ "map", &bom_v16_item_map },
	{ "signature", &signature_v14 },
	{ "summary", &string },
};

static const struct cdx_node bom_v16_attestations_item = {
	.name = "attestations",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 4,
	.props = bom_v16_attestations_item_props,
};

static const struct cdx_node bom_v16_declarations_attestations = {
	.types = CDX_T_ARRAY,
	.items = &bom_v16_attestations_item,
};

static const struct cdx_node bom_v16_item_externalReferences = {
	.types = CDX_T_ARRAY,
	.items = &externalReference_v16,
};

static const struct cdx_prop bom_v16_claims_item_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "counterEvidence", &bom_v16_item_claims },
	{ "evidence", &bom_v16_item_claims },
	{ "externalReferences", &bom_v16_item_externalReferences },
	{ "mitigationStrategies", &bom_v16_item_claims },
	{ "predicate", &string },
	{ "reasoning", &string },
	{ "signature", &signature_v14 },
	{ "target", &ref_refLinkType_v16 },
};

static const struct cdx_node bom_v16_claims_item = {
	.name = "claims",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 9,
	.props = bom_v16_claims_item_props,
};

static const struct cdx_node bom_v16_declarations_claims = {
	.types = CDX_T_ARRAY,
	.items = &bom_v16_claims_item,
};

static const struct cdx_prop bom_v16_item_contents_props[] = {
	{ "attachment", &attachment_v14 },
	{ "url", &string_iri_reference },
};

static const struct cdx_node bom_v16_item_contents = {
	.name = "contents",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = bom_v16_item_contents_props,
};

static const struct cdx_node string_array = {
	.types = CDX_T_ARRAY,
	.items = &string,
};

static const struct cdx_prop bom_v16_data_item_props[] = {
	{ "classification", &dataClassification_v15 },
	{ "contents", &bom_v16_item_contents },
	{ "governance", &dataGovernance_v16 },
	{ "name", &string },
	{ "sensitiveData", &string_array },
};

static const struct cdx_node bom_v16_data_item = {
	.name = "data",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = bom_v16_data_item_props,
};

static const struct cdx_node bom_v16_item_data = {
	.types = CDX_T_ARRAY,
	.items = &bom_v16_data_item,
};

static const struct cdx_prop bom_v16_evidence_item_props[] = {
	{ "author", &organizationalContact_v15 },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "created", &string_date_time },
	{ "data", &bom_v16_item_data },
	{ "description", &string },
	{ "expires", &string_date_time },
	{ "propertyName", &string },
	{ "reviewer", &organizationalContact_v15 },
	{ "signature", &signature_v14 },
};

static const struct cdx_node bom_v16_evidence_item = {
	.name = "evidence",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 9,
	.props = bom_v16_evidence_item_props,
};

static const struct cdx_node bom_v16_declarations_evidence = {
	.types = CDX_T_ARRAY,
	.items = &bom_v16_evidence_item,
};

static const struct cdx_node bom_v16_targets_components = {
	.types = CDX_T_ARRAY,
	.items = &component_v16,
};

static const struct cdx_node bom_v16_targets_organizations = {
	.types = CDX_T_ARRAY,
	.items = &organizationalEntity_v16,
};

static const struct cdx_node bom_v16_targets_services = {
	.types = CDX_T_ARRAY,
	.items = &service_v16,
};

static const struct cdx_prop bom_v16_declarations_targets_props[] = {
	{ "components", &bom_v16_targets_components },
	{ "organizations", &bom_v16_targets_organizations },
	{ "services", &bom_v16_targets_services },
};

static const struct cdx_node bom_v16_declarations_targets = {
	.name = "targets",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = bom_v16_declarations_targets_props,
};

static const struct cdx_prop bom_v16_declarations_props[] = {
	{ "affirmation", &bom_v16_declarations_affirmation },
	{ "assessors", &bom_v16_declarations_assessors },
	{ "attestations", &bom_v16_declarations_attestations },
	{ "claims", &bom_v16_declarations_claims },
	{ "evidence", &bom_v16_declarations_evidence },
	{ "signature", &signature_v14 },
	{ "targets", &bom_v16_declarations_targets },
};

static const struct cdx_node bom_v16_declarations = {
	.name = "declarations",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 7,
	.props = bom_v16_declarations_props,
};

static const struct cdx_node bom_v16_definitions_standards = {
	.types = CDX_T_ARRAY,
	.items = &standard_v16,
};

static const struct cdx_prop bom_v16_definitions_props[] = {
	{ "standards", &bom_v16_definitions_standards },
};

static const struct cdx_node bom_v16_definitions = {
	.name = "definitions",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 1,
	.props = bom_v16_definitions_props,
};

static const struct cdx_node bom_v16_dependencies = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &dependency_v16,
};

static const struct cdx_node bom_v16_formulation = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &formula_v16,
};

static const struct cdx_node bom_v16_properties = {
	.types = CDX_T_ARRAY,
	.items = &property_v16,
};

static const struct cdx_node bom_v16_services = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &service_v16,
};

static const struct cdx_limits bom_v16_version_limits = {
	.has = CDX_L_MINIMUM,
	.minimum = 1,
};

static const struct cdx_node bom_v16_version = {
	.types = CDX_T_INTEGER,
	.limits = &bom_v16_version_limits,
};

static const struct cdx_node bom_v16_vulnerabilities = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &vulnerability_v16,
};

static const struct cdx_prop bom_v16_props[] = {
	{ "$schema", &string },
	{ "annotations", &bom_v16_annotations },
	{ "bomFormat", &bom_v12_bomFormat },
	{ "components", &bom_v16_components },
	{ "compositions", &bom_v16_compositions },
	{ "declarations", &bom_v16_declarations },
	{ "definitions", &bom_v16_definitions },
	{ "dependencies", &bom_v16_dependencies },
	{ "externalReferences", &bom_v16_item_externalReferences },
	{ "formulation", &bom_v16_formulation },
	{ "metadata", &metadata_v16 },
	{ "properties", &bom_v16_properties },
	{ "serialNumber", &string_serial_number },
	{ "services", &bom_v16_services },
	{ "signature", &signature_v14 },
	{ "specVersion", &string },
	{ "version", &bom_v16_version },
	{ "vulnerabilities", &bom_v16_vulnerabilities },
};

static const struct cdx_node bom_v17_annotations = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &annotations_v17,
};

static const struct cdx_node bom_v17_citations = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &citation_v17,
};

static const struct cdx_node bom_v17_components = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &component_v17,
};

static const struct cdx_prop bom_v17_signatories_item_props[] = {
	{ "externalReference", &externalReference_v17 },
	{ "name", &string },
	{ "organization", &organizationalEntity_v16 },
	{ "role", &string },
	{ "signature", &signature_v14 },
};

static const struct cdx_node *const bom_v17_signatories_item_one[] = {
	&bom_v16_item_one1, &bom_v16_item_one2,
	NULL
};

static const struct cdx_logic bom_v17_signatories_item_logic = {
	.one_of = bom_v17_signatories_item_one,
};

static const struct cdx_node bom_v17_signatories_item = {
	.name = "signatories",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = bom_v17_signatories_item_props,
	.logic = &bom_v17_signatories_item_logic,
};

static const struct cdx_node bom_v17_affirmation_signatories = {
	.types = CDX_T_ARRAY,
	.items = &bom_v17_signatories_item,
};

static const struct cdx_prop bom_v17_declarations_affirmation_p[] = {
	{ "signatories", &bom_v17_affirmation_signatories },
	{ "signature", &signature_v14 },
	{ "statement", &string },
};

static const struct cdx_node bom_v17_declarations_affirmation = {
	.name = "affirmation",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = bom_v17_declarations_affirmation_p,
};

static const struct cdx_prop bom_v17_assessors_item_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "organization", &organizationalEntity_v16 },
	{ "thirdParty", &boolean },
};

static const struct cdx_node bom_v17_assessors_item = {
	.name = "assessors",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = bom_v17_assessors_item_props,
};

static const struct cdx_node bom_v17_declarations_assessors = {
	.types = CDX_T_ARRAY,
	.items = &bom_v17_assessors_item,
};

static const struct cdx_limits bom_v17_confidence_score_limits = {
	.has = CDX_L_MINIMUM | CDX_L_MAXIMUM,
	.minimum = 0,
	.maximum = 1,
};

static const struct cdx_node bom_v17_confidence_score = {
	.types = CDX_T_NUMBER,
	.limits = &bom_v17_confidence_score_limits,
};

static const struct cdx_prop bom_v17_item_confidence_props[] = {
	{ "rationale", &string },
	{ "score", &bom_v17_confidence_score },
};

static const struct cdx_node bom_v17_item_confidence = {
	.name = "confidence",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = bom_v17_item_confidence_props,
};

static const struct cdx_limits bom_v17_conformance_score_limits = {
	.has = CDX_L_MINIMUM | CDX_L_MAXIMUM,
	.minimum = 0,
	.maximum = 1,
};

static const struct cdx_node bom_v17_conformance_score = {
	.types = CDX_T_NUMBER,
	.limits = &bom_v17_conformance_score_limits,
};

static const struct cdx_prop bom_v17_item_conformance_props[] = {
	{ "mitigationStrategies", &bom_v16_item_claims },
	{ "rationale", &string },
	{ "score", &bom_v17_conformance_score },
};

static const struct cdx_node bom_v17_item_conformance = {
	.name = "conformance",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = bom_v17_item_conformance_props,
};

static const struct cdx_prop bom_v17_map_item_props[] = {
	{ "claims", &bom_v16_item_claims },
	{ "confidence", &bom_v17_item_confidence },
	{ "conformance", &bom_v17_item_conformance },
	{ "counterClaims", &bom_v16_item_claims },
	{ "requirement", &ref_refLinkType_v16 },
};

static const struct cdx_node bom_v17_map_item = {
	.name = "map",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = bom_v17_map_item_props,
};

static const struct cdx_node bom_v17_item_map = {
	.types = CDX_T_ARRAY,
	.items = &bom_v17_map_item,
};

static const struct cdx_prop bom_v17_attestations_item_props[] = {
	{ "assessor", &ref_refLinkType_v16 },
	{ "map", &bom_v17_item_map },
	{ "signature", &signature_v14 },
	{ "summary", &string },
};

static const struct cdx_node bom_v17_attestations_item = {
	.name = "attestations",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 4,
	.props = bom_v17_attestations_item_props,
};

static const struct cdx_node bom_v17_declarations_attestations = {
	.types = CDX_T_ARRAY,
	.items = &bom_v17_attestations_item,
};

static const struct cdx_node bom_v17_item_externalReferences = {
	.types = CDX_T_ARRAY,
	.items = &externalReference_v17,
};

static const struct cdx_prop bom_v17_claims_item_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "counterEvidence", &bom_v16_item_claims },
	{ "evidence", &bom_v16_item_claims },
	{ "externalReferences", &bom_v17_item_externalReferences },
	{ "mitigationStrategies", &bom_v16_item_claims },
	{ "predicate", &string },
	{ "reasoning", &string },
	{ "signature", &signature_v14 },
	{ "target", &ref_refLinkType_v16 },
};

static const struct cdx_node bom_v17_claims_item = {
	.name = "claims",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 9,
	.props = bom_v17_claims_item_props,
};

static const struct cdx_node bom_v17_declarations_claims = {
	.types = CDX_T_ARRAY,
	.items = &bom_v17_claims_item,
};

static const struct cdx_prop bom_v17_item_contents_props[] = {
	{ "attachment", &attachment_v14 },
	{ "url", &string_iri_reference },
};

static const struct cdx_node bom_v17_item_contents = {
	.name = "contents",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = bom_v17_item_contents_props,
};

static const struct cdx_prop bom_v17_data_item_props[] = {
	{ "classification", &dataClassification_v15 },
	{ "contents", &bom_v17_item_contents },
	{ "governance", &dataGovernance_v16 },
	{ "name", &string },
	{ "sensitiveData", &string_array },
};

static const struct cdx_node bom_v17_data_item = {
	.name = "data",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = bom_v17_data_item_props,
};

static const struct cdx_node bom_v17_item_data = {
	.types = CDX_T_ARRAY,
	.items = &bom_v17_data_item,
};

static const struct cdx_prop bom_v17_evidence_item_props[] = {
	{ "author", &organizationalContact_v15 },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "created", &string_date_time },
	{ "data", &bom_v17_item_data },
	{ "description", &string },
	{ "expires", &string_date_time },
	{ "propertyName", &string },
	{ "reviewer", &organizationalContact_v15 },
	{ "signature", &signature_v14 },
};

static const struct cdx_node bom_v17_evidence_item = {
	.name = "evidence",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 9,
	.props = bom_v17_evidence_item_props,
};

static const struct cdx_node bom_v17_declarations_evidence = {
	.types = CDX_T_ARRAY,
	.items = &bom_v17_evidence_item,
};

static const struct cdx_node bom_v17_targets_components = {
	.types = CDX_T_ARRAY,
	.items = &component_v17,
};

static const struct cdx_node bom_v17_targets_services = {
	.types = CDX_T_ARRAY,
	.items = &service_v17,
};

static const struct cdx_prop bom_v17_declarations_targets_props[] = {
	{ "components", &bom_v17_targets_components },
	{ "organizations", &bom_v16_targets_organizations },
	{ "services", &bom_v17_targets_services },
};

static const struct cdx_node bom_v17_declarations_targets = {
	.name = "targets",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = bom_v17_declarations_targets_props,
};

static const struct cdx_prop bom_v17_declarations_props[] = {
	{ "affirmation", &bom_v17_declarations_affirmation },
	{ "assessors", &bom_v17_declarations_assessors },
	{ "attestations", &bom_v17_declarations_attestations },
	{ "claims", &bom_v17_declarations_claims },
	{ "evidence", &bom_v17_declarations_evidence },
	{ "signature", &signature_v14 },
	{ "targets", &bom_v17_declarations_targets },
};

static const struct cdx_node bom_v17_declarations = {
	.name = "declarations",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 7,
	.props = bom_v17_declarations_props,
};

static const struct cdx_node *const bom_v17_patents_item_any[] = {
	&patent_v17, &patentFamily_v17,
	NULL
};

static const struct cdx_logic bom_v17_patents_item_logic = {
	.any_of = bom_v17_patents_item_any,
};

static const struct cdx_node bom_v17_patents_item = {
	.logic = &bom_v17_patents_item_logic,
};

static const struct cdx_node bom_v17_definitions_patents = {
	.types = CDX_T_ARRAY,
	.items = &bom_v17_patents_item,
};

static const struct cdx_node bom_v17_definitions_standards = {
	.types = CDX_T_ARRAY,
	.items = &standard_v17,
};

static const struct cdx_prop bom_v17_definitions_props[] = {
	{ "patents", &bom_v17_definitions_patents },
	{ "standards", &bom_v17_definitions_standards },
};

static const struct cdx_node bom_v17_definitions = {
	.name = "definitions",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = bom_v17_definitions_props,
};

static const struct cdx_node bom_v17_formulation = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &formula_v17,
};

static const struct cdx_node bom_v17_services = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &service_v17,
};

static const struct cdx_limits bom_v17_version_limits = {
	.has = CDX_L_MINIMUM,
	.minimum = 1,
};

static const struct cdx_node bom_v17_version = {
	.types = CDX_T_INTEGER,
	.limits = &bom_v17_version_limits,
};

static const struct cdx_node bom_v17_vulnerabilities = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &vulnerability_v17,
};

static const struct cdx_prop bom_v17_props[] = {
	{ "$schema", &string },
	{ "annotations", &bom_v17_annotations },
	{ "bomFormat", &bom_v12_bomFormat },
	{ "citations", &bom_v17_citations },
	{ "components", &bom_v17_components },
	{ "compositions", &bom_v16_compositions },
	{ "declarations", &bom_v17_declarations },
	{ "definitions", &bom_v17_definitions },
	{ "dependencies", &bom_v16_dependencies },
	{ "externalReferences", &bom_v17_item_externalReferences },
	{ "formulation", &bom_v17_formulation },
	{ "metadata", &metadata_v17 },
	{ "properties", &bom_v16_properties },
	{ "serialNumber", &string_serial_number },
	{ "services", &bom_v17_services },
	{ "signature", &signature_v14 },
	{ "specVersion", &string },
	{ "version", &bom_v17_version },
	{ "vulnerabilities", &bom_v17_vulnerabilities },
};

static const struct cdx_node ref_refType_v15 = {
	.check = CDX_CHECK_REF,
	.ref = &refType_v15,
};

static const struct cdx_node cipherSuite_v16_algorithms = {
	.types = CDX_T_ARRAY,
	.items = &ref_refType_v15,
};

static const struct cdx_prop cipherSuite_v16_props[] = {
	{ "algorithms", &cipherSuite_v16_algorithms },
	{ "identifiers", &string_array },
	{ "name", &string },
};

static const struct cdx_prop cipherSuite_v17_props[] = {
	{ "algorithms", &cipherSuite_v16_algorithms },
	{ "identifiers", &string_array },
	{ "name", &string },
	{ "tlsGroups", &string_array },
	{ "tlsSignatureSchemes", &string_array },
};

static const struct cdx_limits citation_v17_expressions_limits = {
	.has = CDX_L_MIN_ITEMS,
	.min_items = 1,
};

static const struct cdx_node citation_v17_expressions = {
	.types = CDX_T_ARRAY,
	.items = &string,
	.limits = &citation_v17_expressions_limits,
};

static const struct cdx_limits citation_v17_pointers_limits = {
	.has = CDX_L_MIN_ITEMS,
	.min_items = 1,
};

static const struct cdx_node citation_v17_pointers = {
	.types = CDX_T_ARRAY,
	.items = &string,
	.limits = &citation_v17_pointers_limits,
};

static const struct cdx_prop citation_v17_props[] = {
	{ "attributedTo", &ref_refLinkType_v16 },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "expressions", &citation_v17_expressions },
	{ "note", &string },
	{ "pointers", &citation_v17_pointers },
	{ "process", &ref_refLinkType_v16 },
	{ "signature", &signature_v14 },
	{ "timestamp", &string_date_time },
};

static const struct cdx_node citation_v17_any1 = {
	.required = req_citation_v17_any1,
};

static const struct cdx_node citation_v17_any2 = {
	.required = req_citation_v17_any2,
};

static const struct cdx_node *const citation_v17_any[] = {
	&citation_v17_any1, &citation_v17_any2,
	NULL
};

static const struct cdx_node citation_v17_one1 = {
	.required = req_citation_v17_one1,
};

static const struct cdx_node citation_v17_one2 = {
	.required = req_citation_v17_one2,
};

static const struct cdx_node *const citation_v17_one[] = {
	&citation_v17_one1, &citation_v17_one2,
	NULL
};

static const struct cdx_logic citation_v17_logic = {
	.any_of = citation_v17_any,
	.one_of = citation_v17_one,
};

static const struct cdx_node co2Measure_v16_unit = {
	.types = CDX_T_STRING,
	.enums = enum_co2Measure_v16_unit,
};

static const struct cdx_node number = {
	.types = CDX_T_NUMBER,
};

static const struct cdx_prop co2Measure_v16_props[] = {
	{ "unit", &co2Measure_v16_unit },
	{ "value", &number },
};

static const struct cdx_prop command_v15_props[] = {
	{ "executed", &string },
	{ "properties", &bom_v15_properties },
};

static const struct cdx_prop command_v16_props[] = {
	{ "executed", &string },
	{ "properties", &bom_v16_properties },
};

static const struct cdx_prop commit_v12_props[] = {
	{ "author", &identifiableAction_v12 },
	{ "committer", &identifiableAction_v12 },
	{ "message", &string },
	{ "uid", &string },
	{ "url", &string_iri_reference },
};

static const struct cdx_prop commit_v14_props[] = {
	{ "author", &identifiableAction_v14 },
	{ "committer", &identifiableAction_v14 },
	{ "message", &string },
	{ "uid", &string },
	{ "url", &string_iri_reference },
};

static const struct cdx_prop componentData_v15_contents_props[] = {
	{ "attachment", &attachment_v14 },
	{ "properties", &bom_v15_properties },
	{ "url", &string_iri_reference },
};

static const struct cdx_node componentData_v15_contents = {
	.name = "contents",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = componentData_v15_contents_props,
};

static const struct cdx_node componentData_v15_type = {
	.types = CDX_T_STRING,
	.enums = enum_componentData_v15_type,
};

static const struct cdx_prop componentData_v15_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "classification", &dataClassification_v15 },
	{ "contents", &componentData_v15_contents },
	{ "description", &string },
	{ "governance", &dataGovernance_v15 },
	{ "graphics", &graphicsCollection_v15 },
	{ "name", &string },
	{ "sensitiveData", &string_array },
	{ "type", &componentData_v15_type },
};

static const struct cdx_prop componentData_v16_contents_props[] = {
	{ "attachment", &attachment_v14 },
	{ "properties", &bom_v16_properties },
	{ "url", &string_iri_reference },
};

static const struct cdx_node componentData_v16_contents = {
	.name = "contents",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = componentData_v16_contents_props,
};

static const struct cdx_prop componentData_v16_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "classification", &dataClassification_v15 },
	{ "contents", &componentData_v16_contents },
	{ "description", &string },
	{ "governance", &dataGovernance_v16 },
	{ "graphics", &graphicsCollection_v15 },
	{ "name", &string },
	{ "sensitiveData", &string_array },
	{ "type", &componentData_v15_type },
};

static const struct cdx_node componentEvidence_v13_copyright = {
	.types = CDX_T_ARRAY,
	.items = &copyright_v13,
};

static const struct cdx_node componentEvidence_v13_licenses = {
	.types = CDX_T_ARRAY,
	.items = &licenseChoice_v13,
};

static const struct cdx_prop componentEvidence_v13_props[] = {
	{ "copyright", &componentEvidence_v13_copyright },
	{ "licenses", &componentEvidence_v13_licenses },
};

static const struct cdx_node componentEvidence_v14_copyright = {
	.types = CDX_T_ARRAY,
	.items = &copyright_v14,
};

static const struct cdx_node componentEvidence_v14_licenses = {
	.types = CDX_T_ARRAY,
	.items = &licenseChoice_v14,
};

static const struct cdx_prop componentEvidence_v14_props[] = {
	{ "copyright", &componentEvidence_v14_copyright },
	{ "licenses", &componentEvidence_v14_licenses },
};

static const struct cdx_prop componentEvidence_v15_frames_item[] = {
	{ "column", &integer },
	{ "fullFilename", &string },
	{ "function", &string },
	{ "line", &integer },
	{ "module", &string },
	{ "package", &string },
	{ "parameters", &string_array },
};

static const struct cdx_node componentEvidence_v15_frames_item_2 = {
	.name = "frames",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_componentEvidence_v15_frames_i,
	.nprops = 7,
	.props = componentEvidence_v15_frames_item,
};

static const struct cdx_node componentEvidence_v15_callstack_fr = {
	.types = CDX_T_ARRAY,
	.items = &componentEvidence_v15_frames_item_2,
};

static const struct cdx_prop componentEvidence_v15_callstack_pr[] = {
	{ "frames", &componentEvidence_v15_callstack_fr },
};

static const struct cdx_node componentEvidence_v15_callstack = {
	.name = "callstack",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 1,
	.props = componentEvidence_v15_callstack_pr,
};

static const struct cdx_limits componentEvidence_v15_identity_con = {
	.has = CDX_L_MINIMUM | CDX_L_MAXIMUM,
	.minimum = 0,
	.maximum = 1,
};

static const struct cdx_node componentEvidence_v15_identity_con_2 = {
	.types = CDX_T_NUMBER,
	.limits = &componentEvidence_v15_identity_con,
};

static const struct cdx_node componentEvidence_v15_identity_fie = {
	.types = CDX_T_STRING,
	.enums = enum_componentEvidence_v15_identit,
};

static const struct cdx_limits componentEvidence_v15_item_confide = {
	.has = CDX_L_MINIMUM | CDX_L_MAXIMUM,
	.minimum = 0,
	.maximum = 1,
};

static const struct cdx_node componentEvidence_v15_item_confide_2 = {
	.types = CDX_T_NUMBER,
	.limits = &componentEvidence_v15_item_confide,
};

static const struct cdx_node componentEvidence_v15_item_techniq = {
	.types = CDX_T_STRING,
	.enums = enum_componentEvidence_v15_item_te,
};

static const struct cdx_prop componentEvidence_v15_methods_item[] = {
	{ "confidence", &componentEvidence_v15_item_confide_2 },
	{ "technique", &componentEvidence_v15_item_techniq },
	{ "value", &string },
};

static const struct cdx_node componentEvidence_v15_methods_item_2 = {
	.name = "methods",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_componentEvidence_v15_methods,
	.nprops = 3,
	.props = componentEvidence_v15_methods_item,
};

static const struct cdx_node componentEvidence_v15_identity_met = {
	.types = CDX_T_ARRAY,
	.items = &componentEvidence_v15_methods_item_2,
};

static const struct cdx_node *const componentEvidence_v15_tools_item_a[] = {
	&ref_refLinkType_v15, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic componentEvidence_v15_tools_item_l = {
	.any_of = componentEvidence_v15_tools_item_a,
};

static const struct cdx_node componentEvidence_v15_tools_item = {
	.logic = &componentEvidence_v15_tools_item_l,
};

static const struct cdx_node componentEvidence_v15_identity_too = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &componentEvidence_v15_tools_item,
};

static const struct cdx_prop componentEvidence_v15_identity_pro[] = {
	{ "confidence", &componentEvidence_v15_identity_con_2 },
	{ "field", &componentEvidence_v15_identity_fie },
	{ "methods", &componentEvidence_v15_identity_met },
	{ "tools", &componentEvidence_v15_identity_too },
};

static const struct cdx_node componentEvidence_v15_identity = {
	.name = "identity",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_componentEvidence_v15_identity,
	.nprops = 4,
	.props = componentEvidence_v15_identity_pro,
};

static const struct cdx_prop componentEvidence_v15_occurrences[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "location", &string },
};

static const struct cdx_node componentEvidence_v15_occurrences_2 = {
	.name = "occurrences",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_componentEvidence_v15_occurren,
	.nprops = 2,
	.props = componentEvidence_v15_occurrences,
};

static const struct cdx_node componentEvidence_v15_occurrences_3 = {
	.types = CDX_T_ARRAY,
	.items = &componentEvidence_v15_occurrences_2,
};

static const struct cdx_prop componentEvidence_v15_props[] = {
	{ "callstack", &componentEvidence_v15_callstack },
	{ "copyright", &componentEvidence_v14_copyright },
	{ "identity", &componentEvidence_v15_identity },
	{ "licenses", &licenseChoice_v15 },
	{ "occurrences", &componentEvidence_v15_occurrences_3 },
};

static const struct cdx_prop componentEvidence_v16_frames_item[] = {
	{ "column", &integer },
	{ "fullFilename", &string },
	{ "function", &string },
	{ "line", &integer },
	{ "module", &string },
	{ "package", &string },
	{ "parameters", &string_array },
};

static const struct cdx_node componentEvidence_v16_frames_item_2 = {
	.name = "frames",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_componentEvidence_v15_frames_i,
	.nprops = 7,
	.props = componentEvidence_v16_frames_item,
};

static const struct cdx_node componentEvidence_v16_callstack_fr = {
	.types = CDX_T_ARRAY,
	.items = &componentEvidence_v16_frames_item_2,
};

static const struct cdx_prop componentEvidence_v16_callstack_pr[] = {
	{ "frames", &componentEvidence_v16_callstack_fr },
};

static const struct cdx_node componentEvidence_v16_callstack = {
	.name = "callstack",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 1,
	.props = componentEvidence_v16_callstack_pr,
};

static const struct cdx_node componentEvidence_v16_identity_one = {
	.types = CDX_T_ARRAY,
	.items = &componentIdentityEvidence_v16,
};

static const struct cdx_node *const componentEvidence_v16_identity_one_2[] = {
	&componentEvidence_v16_identity_one, &componentIdentityEvidence_v16,
	NULL
};

static const struct cdx_logic componentEvidence_v16_identity_log = {
	.one_of = componentEvidence_v16_identity_one_2,
};

static const struct cdx_node componentEvidence_v16_identity = {
	.logic = &componentEvidence_v16_identity_log,
};

static const struct cdx_limits componentEvidence_v16_item_line_li = {
	.has = CDX_L_MINIMUM,
	.minimum = 0,
};

static const struct cdx_node componentEvidence_v16_item_line = {
	.types = CDX_T_INTEGER,
	.limits = &componentEvidence_v16_item_line_li,
};

static const struct cdx_limits componentEvidence_v16_item_offset = {
	.has = CDX_L_MINIMUM,
	.minimum = 0,
};

static const struct cdx_node componentEvidence_v16_item_offset_2 = {
	.types = CDX_T_INTEGER,
	.limits = &componentEvidence_v16_item_offset,
};

static const struct cdx_prop componentEvidence_v16_occurrences[] = {
	{ "additionalContext", &string },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "line", &componentEvidence_v16_item_line },
	{ "location", &string },
	{ "offset", &componentEvidence_v16_item_offset_2 },
	{ "symbol", &string },
};

static const struct cdx_node componentEvidence_v16_occurrences_2 = {
	.name = "occurrences",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_componentEvidence_v15_occurren,
	.nprops = 6,
	.props = componentEvidence_v16_occurrences,
};

static const struct cdx_node componentEvidence_v16_occurrences_3 = {
	.types = CDX_T_ARRAY,
	.items = &componentEvidence_v16_occurrences_2,
};

static const struct cdx_prop componentEvidence_v16_props[] = {
	{ "callstack", &componentEvidence_v16_callstack },
	{ "copyright", &componentEvidence_v14_copyright },
	{ "identity", &componentEvidence_v16_identity },
	{ "licenses", &licenseChoice_v16 },
	{ "occurrences", &componentEvidence_v16_occurrences_3 },
};

static const struct cdx_prop componentEvidence_v17_frames_item[] = {
	{ "column", &integer },
	{ "fullFilename", &string },
	{ "function", &string },
	{ "line", &integer },
	{ "module", &string },
	{ "package", &string },
	{ "parameters", &string_array },
};

static const struct cdx_node componentEvidence_v17_frames_item_2 = {
	.name = "frames",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_componentEvidence_v15_frames_i,
	.nprops = 7,
	.props = componentEvidence_v17_frames_item,
};

static const struct cdx_node componentEvidence_v17_callstack_fr = {
	.types = CDX_T_ARRAY,
	.items = &componentEvidence_v17_frames_item_2,
};

static const struct cdx_prop componentEvidence_v17_callstack_pr[] = {
	{ "frames", &componentEvidence_v17_callstack_fr },
};

static const struct cdx_node componentEvidence_v17_callstack = {
	.name = "callstack",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 1,
	.props = componentEvidence_v17_callstack_pr,
};

static const struct cdx_node *const componentEvidence_v17_identity_one[] = {
	&componentEvidence_v16_identity_one, &componentIdentityEvidence_v16,
	NULL
};

static const struct cdx_logic componentEvidence_v17_identity_log = {
	.one_of = componentEvidence_v17_identity_one,
};

static const struct cdx_node componentEvidence_v17_identity = {
	.logic = &componentEvidence_v17_identity_log,
};

static const struct cdx_limits componentEvidence_v17_item_line_li = {
	.has = CDX_L_MINIMUM,
	.minimum = 0,
};

static const struct cdx_node componentEvidence_v17_item_line = {
	.types = CDX_T_INTEGER,
	.limits = &componentEvidence_v17_item_line_li,
};

static const struct cdx_limits componentEvidence_v17_item_offset = {
	.has = CDX_L_MINIMUM,
	.minimum = 0,
};

static const struct cdx_node componentEvidence_v17_item_offset_2 = {
	.types = CDX_T_INTEGER,
	.limits = &componentEvidence_v17_item_offset,
};

static const struct cdx_prop componentEvidence_v17_occurrences[] = {
	{ "additionalContext", &string },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "line", &componentEvidence_v17_item_line },
	{ "location", &string },
	{ "offset", &componentEvidence_v17_item_offset_2 },
	{ "symbol", &string },
};

static const struct cdx_node componentEvidence_v17_occurrences_2 = {
	.name = "occurrences",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_componentEvidence_v15_occurren,
	.nprops = 6,
	.props = componentEvidence_v17_occurrences,
};

static const struct cdx_node componentEvidence_v17_occurrences_3 = {
	.types = CDX_T_ARRAY,
	.items = &componentEvidence_v17_occurrences_2,
};

static const struct cdx_prop componentEvidence_v17_props[] = {
	{ "callstack", &componentEvidence_v17_callstack },
	{ "copyright", &componentEvidence_v14_copyright },
	{ "identity", &componentEvidence_v17_identity },
	{ "licenses", &licenseChoice_v17 },
	{ "occurrences", &componentEvidence_v17_occurrences_3 },
};

static const struct cdx_limits componentIdentityEvidence_v16_conf = {
	.has = CDX_L_MINIMUM | CDX_L_MAXIMUM,
	.minimum = 0,
	.maximum = 1,
};

static const struct cdx_node componentIdentityEvidence_v16_conf_2 = {
	.types = CDX_T_NUMBER,
	.limits = &componentIdentityEvidence_v16_conf,
};

static const struct cdx_node componentIdentityEvidence_v16_fiel = {
	.types = CDX_T_STRING,
	.enums = enum_componentIdentityEvidence_v16,
};

static const struct cdx_limits componentIdentityEvidence_v16_item = {
	.has = CDX_L_MINIMUM | CDX_L_MAXIMUM,
	.minimum = 0,
	.maximum = 1,
};

static const struct cdx_node componentIdentityEvidence_v16_item_2 = {
	.types = CDX_T_NUMBER,
	.limits = &componentIdentityEvidence_v16_item,
};

static const struct cdx_prop componentIdentityEvidence_v16_meth[] = {
	{ "confidence", &componentIdentityEvidence_v16_item_2 },
	{ "technique", &componentEvidence_v15_item_techniq },
	{ "value", &string },
};

static const struct cdx_node componentIdentityEvidence_v16_meth_2 = {
	.name = "methods",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_componentEvidence_v15_methods,
	.nprops = 3,
	.props = componentIdentityEvidence_v16_meth,
};

static const struct cdx_node componentIdentityEvidence_v16_meth_3 = {
	.types = CDX_T_ARRAY,
	.items = &componentIdentityEvidence_v16_meth_2,
};

static const struct cdx_node *const componentIdentityEvidence_v16_tool[] = {
	&ref_refLinkType_v16, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic componentIdentityEvidence_v16_tool_2 = {
	.any_of = componentIdentityEvidence_v16_tool,
};

static const struct cdx_node componentIdentityEvidence_v16_tool_3 = {
	.logic = &componentIdentityEvidence_v16_tool_2,
};

static const struct cdx_node componentIdentityEvidence_v16_tool_4 = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &componentIdentityEvidence_v16_tool_3,
};

static const struct cdx_prop componentIdentityEvidence_v16_prop[] = {
	{ "concludedValue", &string },
	{ "confidence", &componentIdentityEvidence_v16_conf_2 },
	{ "field", &componentIdentityEvidence_v16_fiel },
	{ "methods", &componentIdentityEvidence_v16_meth_3 },
	{ "tools", &componentIdentityEvidence_v16_tool_4 },
};

static const struct cdx_node bom_ref_refType_v12 = {
	.check = CDX_CHECK_BOM_REF,
	.ref = &refType_v12,
};

static const struct cdx_node component_v12_hashes = {
	.types = CDX_T_ARRAY,
	.items = &hash_v12,
};

static const struct cdx_prop component_v12_licenses_item_props[] = {
	{ "expression", &string },
	{ "license", &license_v12 },
};

static const struct cdx_node component_v12_item_one1 = {
	.required = req_component_v12_item_one1,
};

static const struct cdx_node component_v12_item_one2 = {
	.required = req_component_v12_item_one2,
};

static const struct cdx_node *const component_v12_licenses_item_one[] = {
	&component_v12_item_one1, &component_v12_item_one2,
	NULL
};

static const struct cdx_logic component_v12_licenses_item_logic = {
	.one_of = component_v12_licenses_item_one,
};

static const struct cdx_node component_v12_licenses_item = {
	.name = "licenses",
	.nprops = 2,
	.props = component_v12_licenses_item_props,
	.logic = &component_v12_licenses_item_logic,
};

static const struct cdx_node component_v12_licenses = {
	.types = CDX_T_ARRAY,
	.items = &component_v12_licenses_item,
};

static const struct cdx_node string_mime_type = {
	.types = CDX_T_STRING,
	.pattern = CDX_PAT_MIME_TYPE,
};

static const struct cdx_node component_v12_pedigree_ancestors = {
	.types = CDX_T_ARRAY,
	.items = &component_v12,
};

static const struct cdx_node component_v12_pedigree_commits = {
	.types = CDX_T_ARRAY,
	.items = &commit_v12,
};

static const struct cdx_node component_v12_pedigree_patches = {
	.types = CDX_T_ARRAY,
	.items = &patch_v12,
};

static const struct cdx_prop component_v12_pedigree_props[] = {
	{ "ancestors", &component_v12_pedigree_ancestors },
	{ "commits", &component_v12_pedigree_commits },
	{ "descendants", &component_v12_pedigree_ancestors },
	{ "notes", &string },
	{ "patches", &component_v12_pedigree_patches },
	{ "variants", &component_v12_pedigree_ancestors },
};

static const struct cdx_node component_v12_pedigree = {
	.name = "pedigree",
	.types = CDX_T_OBJECT,
	.nprops = 6,
	.props = component_v12_pedigree_props,
};

static const struct cdx_node component_v12_scope = {
	.types = CDX_T_STRING,
	.enums = enum_component_v12_scope,
};

static const struct cdx_node component_v12_type = {
	.types = CDX_T_STRING,
	.enums = enum_component_v12_type,
};

static const struct cdx_prop component_v12_props[] = {
	{ "author", &string },
	{ "bom-ref", &bom_ref_refType_v12 },
	{ "components", &bom_v12_components },
	{ "copyright", &string },
	{ "cpe", &string },
	{ "description", &string },
	{ "externalReferences", &bom_v12_externalReferences },
	{ "group", &string },
	{ "hashes", &component_v12_hashes },
	{ "licenses", &component_v12_licenses },
	{ "mime-type", &string_mime_type },
	{ "modified", &boolean },
	{ "name", &string },
	{ "pedigree", &component_v12_pedigree },
	{ "publisher", &string },
	{ "purl", &string },
	{ "scope", &component_v12_scope },
	{ "supplier", &organizationalEntity_v12 },
	{ "swid", &swid_v12 },
	{ "type", &component_v12_type },
	{ "version", &string },
};

static const struct cdx_node component_v13_pedigree_ancestors = {
	.types = CDX_T_ARRAY,
	.items = &component_v13,
};

static const struct cdx_node component_v13_pedigree_patches = {
	.types = CDX_T_ARRAY,
	.items = &patch_v13,
};

static const struct cdx_prop component_v13_pedigree_props[] = {
	{ "ancestors", &component_v13_pedigree_ancestors },
	{ "commits", &component_v12_pedigree_commits },
	{ "descendants", &component_v13_pedigree_ancestors },
	{ "notes", &string },
	{ "patches", &component_v13_pedigree_patches },
	{ "variants", &component_v13_pedigree_ancestors },
};

static const struct cdx_node component_v13_pedigree = {
	.name = "pedigree",
	.types = CDX_T_OBJECT,
	.nprops = 6,
	.props = component_v13_pedigree_props,
};

static const struct cdx_prop component_v13_props[] = {
	{ "author", &string },
	{ "bom-ref", &bom_ref_refType_v12 },
	{ "components", &bom_v13_components },
	{ "copyright", &string },
	{ "cpe", &string },
	{ "description", &string },
	{ "evidence", &componentEvidence_v13 },
	{ "externalReferences", &bom_v13_externalReferences },
	{ "group", &string },
	{ "hashes", &component_v12_hashes },
	{ "licenses", &componentEvidence_v13_licenses },
	{ "mime-type", &string_mime_type },
	{ "modified", &boolean },
	{ "name", &string },
	{ "pedigree", &component_v13_pedigree },
	{ "properties", &bom_v15_properties },
	{ "publisher", &string },
	{ "purl", &string },
	{ "scope", &component_v12_scope },
	{ "supplier", &organizationalEntity_v13 },
	{ "swid", &swid_v13 },
	{ "type", &component_v12_type },
	{ "version", &string },
};

static const struct cdx_node component_v14_hashes = {
	.types = CDX_T_ARRAY,
	.items = &hash_v14,
};

static const struct cdx_node component_v14_pedigree_ancestors = {
	.types = CDX_T_ARRAY,
	.items = &component_v14,
};

static const struct cdx_node component_v14_pedigree_commits = {
	.types = CDX_T_ARRAY,
	.items = &commit_v14,
};

static const struct cdx_node component_v14_pedigree_patches = {
	.types = CDX_T_ARRAY,
	.items = &patch_v14,
};

static const struct cdx_prop component_v14_pedigree_props[] = {
	{ "ancestors", &component_v14_pedigree_ancestors },
	{ "commits", &component_v14_pedigree_commits },
	{ "descendants", &component_v14_pedigree_ancestors },
	{ "notes", &string },
	{ "patches", &component_v14_pedigree_patches },
	{ "variants", &component_v14_pedigree_ancestors },
};

static const struct cdx_node component_v14_pedigree = {
	.name = "pedigree",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 6,
	.props = component_v14_pedigree_props,
};

static const struct cdx_prop component_v14_props[] = {
	{ "author", &string },
	{ "bom-ref", &bom_ref_refType_v12 },
	{ "components", &bom_v14_components },
	{ "copyright", &string },
	{ "cpe", &string },
	{ "description", &string },
	{ "evidence", &componentEvidence_v14 },
	{ "externalReferences", &bom_v14_externalReferences },
	{ "group", &string },
	{ "hashes", &component_v14_hashes },
	{ "licenses", &componentEvidence_v14_licenses },
	{ "mime-type", &string_mime_type },
	{ "modified", &boolean },
	{ "name", &string },
	{ "pedigree", &component_v14_pedigree },
	{ "properties", &bom_v15_properties },
	{ "publisher", &string },
	{ "purl", &string },
	{ "releaseNotes", &releaseNotes_v14 },
	{ "scope", &component_v12_scope },
	{ "signature", &signature_v14 },
	{ "supplier", &organizationalEntity_v14 },
	{ "swid", &swid_v14 },
	{ "type", &component_v12_type },
	{ "version", &string },
};

static const struct cdx_node component_v15_data = {
	.types = CDX_T_ARRAY,
	.items = &componentData_v15,
};

static const struct cdx_node component_v15_pedigree_ancestors = {
	.types = CDX_T_ARRAY,
	.items = &component_v15,
};

static const struct cdx_prop component_v15_pedigree_props[] = {
	{ "ancestors", &component_v15_pedigree_ancestors },
	{ "commits", &component_v14_pedigree_commits },
	{ "descendants", &component_v15_pedigree_ancestors },
	{ "notes", &string },
	{ "patches", &component_v14_pedigree_patches },
	{ "variants", &component_v15_pedigree_ancestors },
};

static const struct cdx_node component_v15_pedigree = {
	.name = "pedigree",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 6,
	.props = component_v15_pedigree_props,
};

static const struct cdx_node component_v15_type = {
	.types = CDX_T_STRING,
	.enums = enum_component_v15_type,
};

static const struct cdx_prop component_v15_props[] = {
	{ "author", &string },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "components", &bom_v15_components },
	{ "copyright", &string },
	{ "cpe", &string },
	{ "data", &component_v15_data },
	{ "description", &string },
	{ "evidence", &componentEvidence_v15 },
	{ "externalReferences", &bom_v15_externalReferences },
	{ "group", &string },
	{ "hashes", &component_v14_hashes },
	{ "licenses", &licenseChoice_v15 },
	{ "mime-type", &string_mime_type },
	{ "modelCard", &modelCard_v15 },
	{ "modified", &boolean },
	{ "name", &string },
	{ "pedigree", &component_v15_pedigree },
	{ "properties", &bom_v15_properties },
	{ "publisher", &string },
	{ "purl", &string },
	{ "releaseNotes", &releaseNotes_v14 },
	{ "scope", &component_v12_scope },
	{ "signature", &signature_v14 },
	{ "supplier", &organizationalEntity_v15 },
	{ "swid", &swid_v14 },
	{ "type", &component_v15_type },
	{ "version", &string },
};

static const struct cdx_node component_v16_authors = {
	.types = CDX_T_ARRAY,
	.items = &organizationalContact_v15,
};

static const struct cdx_node component_v16_data = {
	.types = CDX_T_ARRAY,
	.items = &componentData_v16,
};

static const struct cdx_prop component_v16_pedigree_props[] = {
	{ "ancestors", &bom_v16_targets_components },
	{ "commits", &component_v14_pedigree_commits },
	{ "descendants", &bom_v16_targets_components },
	{ "notes", &string },
	{ "patches", &component_v14_pedigree_patches },
	{ "variants", &bom_v16_targets_components },
};

static const struct cdx_node component_v16_pedigree = {
	.name = "pedigree",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 6,
	.props = component_v16_pedigree_props,
};

static const struct cdx_node component_v16_type = {
	.types = CDX_T_STRING,
	.enums = enum_component_v16_type,
};

static const struct cdx_prop component_v16_props[] = {
	{ "author", &string },
	{ "authors", &component_v16_authors },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "components", &bom_v16_components },
	{ "copyright", &string },
	{ "cpe", &string },
	{ "cryptoProperties", &cryptoProperties_v16 },
	{ "data", &component_v16_data },
	{ "description", &string },
	{ "evidence", &componentEvidence_v16 },
	{ "externalReferences", &bom_v16_item_externalReferences },
	{ "group", &string },
	{ "hashes", &component_v14_hashes },
	{ "licenses", &licenseChoice_v16 },
	{ "manufacturer", &organizationalEntity_v16 },
	{ "mime-type", &string_mime_type },
	{ "modelCard", &modelCard_v16 },
	{ "modified", &boolean },
	{ "name", &string },
	{ "omniborId", &string_array },
	{ "pedigree", &component_v16_pedigree },
	{ "properties", &bom_v16_properties },
	{ "publisher", &string },
	{ "purl", &string },
	{ "releaseNotes", &releaseNotes_v16 },
	{ "scope", &component_v12_scope },
	{ "signature", &signature_v14 },
	{ "supplier", &organizationalEntity_v16 },
	{ "swhid", &string_array },
	{ "swid", &swid_v14 },
	{ "tags", &tags_v16 },
	{ "type", &component_v16_type },
	{ "version", &version_v16 },
};

static const struct cdx_node component_v17_hashes = {
	.types = CDX_T_ARRAY,
	.items = &hash_v17,
};

static const struct cdx_prop component_v17_pedigree_props[] = {
	{ "ancestors", &bom_v17_targets_components },
	{ "commits", &component_v14_pedigree_commits },
	{ "descendants", &bom_v17_targets_components },
	{ "notes", &string },
	{ "patches", &component_v14_pedigree_patches },
	{ "variants", &bom_v17_targets_components },
};

static const struct cdx_node component_v17_pedigree = {
	.name = "pedigree",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 6,
	.props = component_v17_pedigree_props,
};

static const struct cdx_prop component_v17_props[] = {
	{ "author", &string },
	{ "authors", &component_v16_authors },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "components", &bom_v17_components },
	{ "copyright", &string },
	{ "cpe", &string },
	{ "cryptoProperties", &cryptoProperties_v17 },
	{ "data", &component_v16_data },
	{ "description", &string },
	{ "evidence", &componentEvidence_v17 },
	{ "externalReferences", &bom_v17_item_externalReferences },
	{ "group", &string },
	{ "hashes", &component_v17_hashes },
	{ "isExternal", &boolean },
	{ "licenses", &licenseChoice_v17 },
	{ "manufacturer", &organizationalEntity_v16 },
	{ "mime-type", &string_mime_type },
	{ "modelCard", &modelCard_v17 },
	{ "modified", &boolean },
	{ "name", &string },
	{ "omniborId", &string_array },
	{ "patentAssertions", &patentAssertions_v17 },
	{ "pedigree", &component_v17_pedigree },
	{ "properties", &bom_v16_properties },
	{ "publisher", &string },
	{ "purl", &string },
	{ "releaseNotes", &releaseNotes_v16 },
	{ "scope", &component_v12_scope },
	{ "signature", &signature_v14 },
	{ "supplier", &organizationalEntity_v16 },
	{ "swhid", &string_array },
	{ "swid", &swid_v14 },
	{ "tags", &tags_v16 },
	{ "type", &component_v16_type },
	{ "version", &version_v16 },
	{ "versionRange", &versionRange_v16 },
};

static const struct cdx_node component_v17_all1_not = {
	.required = req_component_v17_all1_not,
};

static const struct cdx_logic component_v17_all1_logic = {
	.not_ = &component_v17_all1_not,
};

static const struct cdx_node component_v17_all1 = {
	.logic = &component_v17_all1_logic,
};

static const struct cdx_node component_v17_if_isExternal = {
	.konst = "false",
};

static const struct cdx_prop component_v17_all2_if_props[] = {
	{ "isExternal", &component_v17_if_isExternal },
};

static const struct cdx_node component_v17_all2_if = {
	.name = "component",
	.nprops = 1,
	.props = component_v17_all2_if_props,
};

static const struct cdx_node component_v17_then_not = {
	.required = req_component_v17_then_not,
};

static const struct cdx_logic component_v17_all2_then_logic = {
	.not_ = &component_v17_then_not,
};

static const struct cdx_node component_v17_all2_then = {
	.logic = &component_v17_all2_then_logic,
};

static const struct cdx_logic component_v17_all2_logic = {
	.if_ = &component_v17_all2_if,
	.then_ = &component_v17_all2_then,
};

static const struct cdx_node component_v17_all2 = {
	.logic = &component_v17_all2_logic,
};

static const struct cdx_node *const component_v17_all[] = {
	&component_v17_all1, &component_v17_all2,
	NULL
};

static const struct cdx_logic component_v17_logic = {
	.all_of = component_v17_all,
};

static const struct cdx_node string_ref = {
	.types = CDX_T_STRING,
	.check = CDX_CHECK_REF,
};

static const struct cdx_node string_ref_array_unique = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &string_ref,
};

static const struct cdx_prop compositions_v13_props[] = {
	{ "aggregate", &aggregateType_v13 },
	{ "assemblies", &string_ref_array_unique },
	{ "dependencies", &string_ref_array_unique },
};

static const struct cdx_prop compositions_v14_props[] = {
	{ "aggregate", &aggregateType_v13 },
	{ "assemblies", &string_ref_array_unique },
	{ "dependencies", &string_ref_array_unique },
	{ "signature", &signature_v14 },
};

static const struct cdx_node *const compositions_v15_assemblies_item_a[] = {
	&ref_refLinkType_v15, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic compositions_v15_assemblies_item_l = {
	.any_of = compositions_v15_assemblies_item_a,
};

static const struct cdx_node compositions_v15_assemblies_item = {
	.logic = &compositions_v15_assemblies_item_l,
};

static const struct cdx_node compositions_v15_assemblies = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &compositions_v15_assemblies_item,
};

static const struct cdx_node string_array_unique = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &string,
};

static const struct cdx_prop compositions_v15_props[] = {
	{ "aggregate", &aggregateType_v15 },
	{ "assemblies", &compositions_v15_assemblies },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "dependencies", &string_ref_array_unique },
	{ "signature", &signature_v14 },
	{ "vulnerabilities", &string_array_unique },
};

static const struct cdx_node *const compositions_v16_assemblies_item_a[] = {
	&ref_refLinkType_v16, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic compositions_v16_assemblies_item_l = {
	.any_of = compositions_v16_assemblies_item_a,
};

static const struct cdx_node compositions_v16_assemblies_item = {
	.logic = &compositions_v16_assemblies_item_l,
};

static const struct cdx_node compositions_v16_assemblies = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &compositions_v16_assemblies_item,
};

static const struct cdx_prop compositions_v16_props[] = {
	{ "aggregate", &aggregateType_v15 },
	{ "assemblies", &compositions_v16_assemblies },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "dependencies", &string_ref_array_unique },
	{ "signature", &signature_v14 },
	{ "vulnerabilities", &string_array_unique },
};

static const struct cdx_prop condition_v15_props[] = {
	{ "description", &string },
	{ "expression", &string },
	{ "properties", &bom_v15_properties },
};

static const struct cdx_prop condition_v16_props[] = {
	{ "description", &string },
	{ "expression", &string },
	{ "properties", &bom_v16_properties },
};

static const struct cdx_prop copyright_v13_props[] = {
	{ "text", &string },
};

static const struct cdx_prop copyright_v14_props[] = {
	{ "text", &string },
};

static const struct cdx_node cryptoProperties_v16_certification = {
	.types = CDX_T_STRING,
	.enums = enum_cryptoProperties_v16_certific,
};

static const struct cdx_node cryptoProperties_v16_algorithmProp = {
	.types = CDX_T_ARRAY,
	.items = &cryptoProperties_v16_certification,
};

static const struct cdx_limits cryptoProperties_v16_algorithmProp_2 = {
	.has = CDX_L_MINIMUM,
	.minimum = 0,
};

static const struct cdx_node cryptoProperties_v16_algorithmProp_3 = {
	.types = CDX_T_INTEGER,
	.limits = &cryptoProperties_v16_algorithmProp_2,
};

static const struct cdx_node cryptoProperties_v16_cryptoFunctio = {
	.types = CDX_T_STRING,
	.enums = enum_cryptoProperties_v16_cryptoFu,
};

static const struct cdx_node cryptoProperties_v16_algorithmProp_4 = {
	.types = CDX_T_ARRAY,
	.items = &cryptoProperties_v16_cryptoFunctio,
};

static const struct cdx_node cryptoProperties_v16_algorithmProp_5 = {
	.types = CDX_T_STRING,
	.enums = enum_cryptoProperties_v16_algorith,
};

static const struct cdx_node cryptoProperties_v16_algorithmProp_6 = {
	.types = CDX_T_STRING,
	.enums = enum_cryptoProperties_v16_algorith_2,
};

static const struct cdx_node cryptoProperties_v16_algorithmProp_7 = {
	.types = CDX_T_STRING,
	.enums = enum_cryptoProperties_v16_algorith_3,
};

static const struct cdx_limits cryptoProperties_v16_algorithmProp_8 = {
	.has = CDX_L_MINIMUM | CDX_L_MAXIMUM,
	.minimum = 0,
	.maximum = 6,
};

static const struct cdx_node cryptoProperties_v16_algorithmProp_9 = {
	.types = CDX_T_INTEGER,
	.limits = &cryptoProperties_v16_algorithmProp_8,
};

static const struct cdx_node cryptoProperties_v16_algorithmProp_10 = {
	.types = CDX_T_STRING,
	.enums = enum_cryptoProperties_v16_algorith_4,
};

static const struct cdx_node cryptoProperties_v16_algorithmProp_11 = {
	.types = CDX_T_STRING,
	.enums = enum_cryptoProperties_v16_algorith_5,
};

static const struct cdx_prop cryptoProperties_v16_algorithmProp_12[] = {
	{ "certificationLevel", &cryptoProperties_v16_algorithmProp },
	{ "classicalSecurityLevel", &cryptoProperties_v16_algorithmProp_3 },
	{ "cryptoFunctions", &cryptoProperties_v16_algorithmProp_4 },
	{ "curve", &string },
	{ "executionEnvironment", &cryptoProperties_v16_algorithmProp_5 },
	{ "implementationPlatform", &cryptoProperties_v16_algorithmProp_6 },
	{ "mode", &cryptoProperties_v16_algorithmProp_7 },
	{ "nistQuantumSecurityLevel", &cryptoProperties_v16_algorithmProp_9 },
	{ "padding", &cryptoProperties_v16_algorithmProp_10 },
	{ "parameterSetIdentifier", &string },
	{ "primitive", &cryptoProperties_v16_algorithmProp_11 },
};

static const struct cdx_node cryptoProperties_v16_algorithmProp_13 = {
	.name = "algorithmProperties",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 11,
	.props = cryptoProperties_v16_algorithmProp_12,
};

static const struct cdx_node cryptoProperties_v16_assetType = {
	.types = CDX_T_STRING,
	.enums = enum_cryptoProperties_v16_assetTyp,
};

static const struct cdx_prop cryptoProperties_v16_certificatePr[] = {
	{ "certificateExtension", &string },
	{ "certificateFormat", &string },
	{ "issuerName", &string },
	{ "notValidAfter", &string_date_time },
	{ "notValidBefore", &string_date_time },
	{ "signatureAlgorithmRef", &ref_refType_v15 },
	{ "subjectName", &string },
	{ "subjectPublicKeyRef", &ref_refType_v15 },
};

static const struct cdx_node cryptoProperties_v16_certificatePr_2 = {
	.name = "certificateProperties",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 8,
	.props = cryptoProperties_v16_certificatePr,
};

static const struct cdx_node cryptoProperties_v16_protocolPrope = {
	.types = CDX_T_ARRAY,
	.items = &cipherSuite_v16,
};

static const struct cdx_prop cryptoProperties_v16_protocolPrope_2[] = {
	{ "auth", &cryptoRefArray_v16 },
	{ "encr", &cryptoRefArray_v16 },
	{ "esn", &boolean },
	{ "integ", &cryptoRefArray_v16 },
	{ "ke", &cryptoRefArray_v16 },
	{ "prf", &cryptoRefArray_v16 },
};

static const struct cdx_node cryptoProperties_v16_protocolPrope_3 = {
	.name = "ikev2TransformTypes",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 6,
	.props = cryptoProperties_v16_protocolPrope_2,
};

static const struct cdx_node cryptoProperties_v16_protocolPrope_4 = {
	.types = CDX_T_STRING,
	.enums = enum_cryptoProperties_v16_protocol,
};

static const struct cdx_prop cryptoProperties_v16_protocolPrope_5[] = {
	{ "cipherSuites", &cryptoProperties_v16_protocolPrope },
	{ "cryptoRefArray", &cryptoRefArray_v16 },
	{ "ikev2TransformTypes", &cryptoProperties_v16_protocolPrope_3 },
	{ "type", &cryptoProperties_v16_protocolPrope_4 },
	{ "version", &string },
};

static const struct cdx_node cryptoProperties_v16_protocolPrope_6 = {
	.name = "protocolProperties",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = cryptoProperties_v16_protocolPrope_5,
};

static const struct cdx_node cryptoProperties_v16_relatedCrypto = {
	.types = CDX_T_STRING,
	.enums = enum_cryptoProperties_v16_relatedC,
};

static const struct cdx_node cryptoProperties_v16_relatedCrypto_2 = {
	.types = CDX_T_STRING,
	.enums = enum_cryptoProperties_v16_relatedC_2,
};

static const struct cdx_prop cryptoProperties_v16_relatedCrypto_3[] = {
	{ "activationDate", &string_date_time },
	{ "algorithmRef", &ref_refType_v15 },
	{ "creationDate", &string_date_time },
	{ "expirationDate", &string_date_time },
	{ "format", &string },
	{ "id", &string },
	{ "securedBy", &securedBy_v16 },
	{ "size", &integer },
	{ "state", &cryptoProperties_v16_relatedCrypto },
	{ "type", &cryptoProperties_v16_relatedCrypto_2 },
	{ "updateDate", &string_date_time },
	{ "value", &string },
};

static const struct cdx_node cryptoProperties_v16_relatedCrypto_4 = {
	.name = "relatedCryptoMaterialProperties",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 12,
	.props = cryptoProperties_v16_relatedCrypto_3,
};

static const struct cdx_prop cryptoProperties_v16_props[] = {
	{ "algorithmProperties", &cryptoProperties_v16_algorithmProp_13 },
	{ "assetType", &cryptoProperties_v16_assetType },
	{ "certificateProperties", &cryptoProperties_v16_certificatePr_2 },
	{ "oid", &string },
	{ "protocolProperties", &cryptoProperties_v16_protocolPrope_6 },
	{ "relatedCryptoMaterialProperties",
	  &cryptoProperties_v16_relatedCrypto_4 },
};

static const struct cdx_limits cryptoProperties_v17_algorithmProp = {
	.has = CDX_L_MINIMUM,
	.minimum = 0,
};

static const struct cdx_node cryptoProperties_v17_algorithmProp_2 = {
	.types = CDX_T_INTEGER,
	.limits = &cryptoProperties_v17_algorithmProp,
};

static const struct cdx_limits cryptoProperties_v17_algorithmProp_3 = {
	.has = CDX_L_MINIMUM | CDX_L_MAXIMUM,
	.minimum = 0,
	.maximum = 6,
};

static const struct cdx_node cryptoProperties_v17_algorithmProp_4 = {
	.types = CDX_T_INTEGER,
	.limits = &cryptoProperties_v17_algorithmProp_3,
};

static const struct cdx_node cryptoProperties_v17_algorithmProp_5 = {
	.types = CDX_T_STRING,
	.enums = enum_cryptoProperties_v17_algorith,
};

static const struct cdx_prop cryptoProperties_v17_algorithmProp_6[] = {
	{ "algorithmFamily", &crypto_algorithmFamiliesEnum_v17 },
	{ "certificationLevel", &cryptoProperties_v16_algorithmProp },
	{ "classicalSecurityLevel", &cryptoProperties_v17_algorithmProp_2 },
	{ "cryptoFunctions", &cryptoProperties_v16_algorithmProp_4 },
	{ "curve", &string },
	{ "ellipticCurve", &crypto_ellipticCurvesEnum_v17 },
	{ "executionEnvironment", &cryptoProperties_v16_algorithmProp_5 },
	{ "implementationPlatform", &cryptoProperties_v16_algorithmProp_6 },
	{ "mode", &cryptoProperties_v16_algorithmProp_7 },
	{ "nistQuantumSecurityLevel", &cryptoProperties_v17_algorithmProp_4 },
	{ "padding", &cryptoProperties_v16_algorithmProp_10 },
	{ "parameterSetIdentifier", &string },
	{ "primitive", &cryptoProperties_v17_algorithmProp_5 },
};

static const struct cdx_node cryptoProperties_v17_algorithmProp_7 = {
	.name = "algorithmProperties",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 13,
	.props = cryptoProperties_v17_algorithmProp_6,
};

static const struct cdx_node cryptoProperties_v17_one1_commonEx = {
	.types = CDX_T_STRING,
	.enums = enum_cryptoProperties_v17_one1_com,
};

static const struct cdx_prop cryptoProperties_v17_item_one1_pro[] = {
	{ "commonExtensionName", &cryptoProperties_v17_one1_commonEx },
	{ "commonExtensionValue", &string },
};

static const struct cdx_node cryptoProperties_v17_item_one1 = {
	.name = "certificateExtensions",
	.flags = CDX_F_CLOSED,
	.required = req_cryptoProperties_v17_item_one1,
	.nprops = 2,
	.props = cryptoProperties_v17_item_one1_pro,
};

static const struct cdx_prop cryptoProperties_v17_item_one2_pro[] = {
	{ "customExtensionName", &string },
	{ "customExtensionValue", &string },
};

static const struct cdx_node cryptoProperties_v17_item_one2 = {
	.name = "certificateExtensions",
	.flags = CDX_F_CLOSED,
	.required = req_cryptoProperties_v17_item_one2,
	.nprops = 2,
	.props = cryptoProperties_v17_item_one2_pro,
};

static const struct cdx_node *const cryptoProperties_v17_certificateEx[] = {
	&cryptoProperties_v17_item_one1, &cryptoProperties_v17_item_one2,
	NULL
};

static const struct cdx_logic cryptoProperties_v17_certificateEx_2 = {
	.one_of = cryptoProperties_v17_certificateEx,
};

static const struct cdx_node cryptoProperties_v17_certificateEx_3 = {
	.name = "certificateExtensions",
	.types = CDX_T_OBJECT,
	.logic = &cryptoProperties_v17_certificateEx_2,
};

static const struct cdx_node cryptoProperties_v17_certificatePr = {
	.types = CDX_T_ARRAY,
	.items = &cryptoProperties_v17_certificateEx_3,
};

static const struct cdx_node cryptoProperties_v17_one1_state = {
	.types = CDX_T_STRING,
	.enums = enum_cryptoProperties_v17_one1_sta,
};

static const struct cdx_prop cryptoProperties_v17_item_one1_pro_2[] = {
	{ "reason", &string },
	{ "state", &cryptoProperties_v17_one1_state },
};

static const struct cdx_node cryptoProperties_v17_item_one1_2 = {
	.name = "certificateState",
	.flags = CDX_F_CLOSED,
	.required = req_cryptoProperties_v17_item_one1_2,
	.nprops = 2,
	.props = cryptoProperties_v17_item_one1_pro_2,
};

static const struct cdx_prop cryptoProperties_v17_item_one2_pro_2[] = {
	{ "description", &string },
	{ "name", &string },
	{ "reason", &string },
};

static const struct cdx_node cryptoProperties_v17_item_one2_2 = {
	.name = "certificateState",
	.flags = CDX_F_CLOSED,
	.required = req_cryptoProperties_v17_item_one2_2,
	.nprops = 3,
	.props = cryptoProperties_v17_item_one2_pro_2,
};

static const struct cdx_node *const cryptoProperties_v17_certificateSt[] = {
	&cryptoProperties_v17_item_one1_2, &cryptoProperties_v17_item_one2_2,
	NULL
};

static const struct cdx_logic cryptoProperties_v17_certificateSt_2 = {
	.one_of = cryptoProperties_v17_certificateSt,
};

static const struct cdx_node cryptoProperties_v17_certificateSt_3 = {
	.name = "certificateState",
	.types = CDX_T_OBJECT,
	.logic = &cryptoProperties_v17_certificateSt_2,
};

static const struct cdx_node cryptoProperties_v17_certificatePr_2 = {
	.types = CDX_T_ARRAY,
	.items = &cryptoProperties_v17_certificateSt_3,
};

static const struct cdx_prop cryptoProperties_v17_certificatePr_3[] = {
	{ "activationDate", &string_date_time },
	{ "certificateExtension", &string },
	{ "certificateExtensions", &cryptoProperties_v17_certificatePr },
	{ "certificateFileExtension", &string },
	{ "certificateFormat", &string },
	{ "certificateState", &cryptoProperties_v17_certificatePr_2 },
	{ "creationDate", &string_date_time },
	{ "deactivationDate", &string_date_time },
	{ "destructionDate", &string_date_time },
	{ "fingerprint", &hash_v17 },
	{ "issuerName", &string },
	{ "notValidAfter", &string_date_time },
	{ "notValidBefore", &string_date_time },
	{ "relatedCryptographicAssets", &relatedCryptographicAssets_v17 },
	{ "revocationDate", &string_date_time },
	{ "serialNumber", &string },
	{ "signatureAlgorithmRef", &ref_refType_v15 },
	{ "subjectName", &string },
	{ "subjectPublicKeyRef", &ref_refType_v15 },
};

static const struct cdx_node cryptoProperties_v17_certificatePr_4 = {
	.name = "certificateProperties",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 19,
	.props = cryptoProperties_v17_certificatePr_3,
};

static const struct cdx_node cryptoProperties_v17_protocolPrope = {
	.types = CDX_T_ARRAY,
	.items = &cipherSuite_v17,
};

static const struct cdx_node cryptoProperties_v17_auth_any1 = {
	.types = CDX_T_ARRAY,
	.items = &ikeV2Auth_v17,
};

static const struct cdx_node *const cryptoProperties_v17_ikev2Transfor[] = {
	&cryptoProperties_v17_auth_any1, &cryptoRefArray_v16,
	NULL
};

static const struct cdx_logic cryptoProperties_v17_ikev2Transfor_2 = {
	.any_of = cryptoProperties_v17_ikev2Transfor,
};

static const struct cdx_node cryptoProperties_v17_ikev2Transfor_3 = {
	.logic = &cryptoProperties_v17_ikev2Transfor_2,
};

static const struct cdx_node cryptoProperties_v17_encr_any1 = {
	.types = CDX_T_ARRAY,
	.items = &ikeV2Enc_v17,
};

static const struct cdx_node *const cryptoProperties_v17_ikev2Transfor_4[] = {
	&cryptoProperties_v17_encr_any1, &cryptoRefArray_v16,
	NULL
};

static const struct cdx_logic cryptoProperties_v17_ikev2Transfor_5 = {
	.any_of = cryptoProperties_v17_ikev2Transfor_4,
};

static const struct cdx_node cryptoProperties_v17_ikev2Transfor_6 = {
	.logic = &cryptoProperties_v17_ikev2Transfor_5,
};

static const struct cdx_node cryptoProperties_v17_integ_any1 = {
	.types = CDX_T_ARRAY,
	.items = &ikeV2Integ_v17,
};

static const struct cdx_node *const cryptoProperties_v17_ikev2Transfor_7[] = {
	&cryptoProperties_v17_integ_any1, &cryptoRefArray_v16,
	NULL
};

static const struct cdx_logic cryptoProperties_v17_ikev2Transfor_8 = {
	.any_of = cryptoProperties_v17_ikev2Transfor_7,
};

static const struct cdx_node cryptoProperties_v17_ikev2Transfor_9 = {
	.logic = &cryptoProperties_v17_ikev2Transfor_8,
};

static const struct cdx_node cryptoProperties_v17_ke_any1 = {
	.types = CDX_T_ARRAY,
	.items = &ikeV2Ke_v17,
};

static const struct cdx_node *const cryptoProperties_v17_ikev2Transfor_10[] = {
	&cryptoProperties_v17_ke_any1, &cryptoRefArray_v16,
	NULL
};

static const struct cdx_logic cryptoProperties_v17_ikev2Transfor_11 = {
	.any_of = cryptoProperties_v17_ikev2Transfor_10,
};

static const struct cdx_node cryptoProperties_v17_ikev2Transfor_12 = {
	.logic = &cryptoProperties_v17_ikev2Transfor_11,
};

static const struct cdx_node cryptoProperties_v17_prf_any1 = {
	.types = CDX_T_ARRAY,
	.items = &ikeV2Prf_v17,
};

static const struct cdx_node *const cryptoProperties_v17_ikev2Transfor_13[] = {
	&cryptoProperties_v17_prf_any1, &cryptoRefArray_v16,
	NULL
};

static const struct cdx_logic cryptoProperties_v17_ikev2Transfor_14 = {
	.any_of = cryptoProperties_v17_ikev2Transfor_13,
};

static const struct cdx_node cryptoProperties_v17_ikev2Transfor_15 = {
	.logic = &cryptoProperties_v17_ikev2Transfor_14,
};

static const struct cdx_prop cryptoProperties_v17_protocolPrope_2[] = {
	{ "auth", &cryptoProperties_v17_ikev2Transfor_3 },
	{ "encr", &cryptoProperties_v17_ikev2Transfor_6 },
	{ "esn", &boolean },
	{ "integ", &cryptoProperties_v17_ikev2Transfor_9 },
	{ "ke", &cryptoProperties_v17_ikev2Transfor_12 },
	{ "prf", &cryptoProperties_v17_ikev2Transfor_15 },
};

static const struct cdx_node cryptoProperties_v17_protocolPrope_3 = {
	.name = "ikev2TransformTypes",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 6,
	.props = cryptoProperties_v17_protocolPrope_2,
};

static const struct cdx_node cryptoProperties_v17_protocolPrope_4 = {
	.types = CDX_T_STRING,
	.enums = enum_cryptoProperties_v17_protocol,
};

static const struct cdx_prop cryptoProperties_v17_protocolPrope_5[] = {
	{ "cipherSuites", &cryptoProperties_v17_protocolPrope },
	{ "cryptoRefArray", &cryptoRefArray_v16 },
	{ "ikev2TransformTypes", &cryptoProperties_v17_protocolPrope_3 },
	{ "relatedCryptographicAssets", &relatedCryptographicAssets_v17 },
	{ "type", &cryptoProperties_v17_protocolPrope_4 },
	{ "version", &string },
};

static const struct cdx_node cryptoProperties_v17_protocolPrope_6 = {
	.name = "protocolProperties",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 6,
	.props = cryptoProperties_v17_protocolPrope_5,
};

static const struct cdx_prop cryptoProperties_v17_relatedCrypto[] = {
	{ "activationDate", &string_date_time },
	{ "algorithmRef", &ref_refType_v15 },
	{ "creationDate", &string_date_time },
	{ "expirationDate", &string_date_time },
	{ "fingerprint", &hash_v17 },
	{ "format", &string },
	{ "id", &string },
	{ "relatedCryptographicAssets", &relatedCryptographicAssets_v17 },
	{ "securedBy", &securedBy_v16 },
	{ "size", &integer },
	{ "state", &cryptoProperties_v16_relatedCrypto },
	{ "type", &cryptoProperties_v16_relatedCrypto_2 },
	{ "updateDate", &string_date_time },
	{ "value", &string },
};

static const struct cdx_node cryptoProperties_v17_relatedCrypto_2 = {
	.name = "relatedCryptoMaterialProperties",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 14,
	.props = cryptoProperties_v17_relatedCrypto,
};

static const struct cdx_prop cryptoProperties_v17_props[] = {
	{ "algorithmProperties", &cryptoProperties_v17_algorithmProp_7 },
	{ "assetType", &cryptoProperties_v16_assetType },
	{ "certificateProperties", &cryptoProperties_v17_certificatePr_4 },
	{ "oid", &string },
	{ "protocolProperties", &cryptoProperties_v17_protocolPrope_6 },
	{ "relatedCryptoMaterialProperties",
	  &cryptoProperties_v17_relatedCrypto_2 },
};

static const struct cdx_limits cwe_v14_limits = {
	.has = CDX_L_MINIMUM,
	.minimum = 1,
};

static const struct cdx_prop dataClassification_v12_props[] = {
	{ "classification", &string },
	{ "flow", &dataFlow_v12 },
};

static const struct cdx_prop dataClassification_v14_props[] = {
	{ "classification", &string },
	{ "flow", &dataFlow_v12 },
};

static const struct cdx_prop dataGovernanceResponsibleParty_v15_2[] = {
	{ "contact", &organizationalContact_v15 },
	{ "organization", &organizationalEntity_v15 },
};

static const struct cdx_node dataGovernanceResponsibleParty_v15_3 = {
	.required = req_dataGovernanceResponsibleParty,
};

static const struct cdx_node *const dataGovernanceResponsibleParty_v15_4[] = {
	&annotations_v15_annotator_one1, &dataGovernanceResponsibleParty_v15_3,
	NULL
};

static const struct cdx_logic dataGovernanceResponsibleParty_v15_5 = {
	.one_of = dataGovernanceResponsibleParty_v15_4,
};

static const struct cdx_prop dataGovernanceResponsibleParty_v16_2[] = {
	{ "contact", &organizationalContact_v15 },
	{ "organization", &organizationalEntity_v16 },
};

static const struct cdx_node *const dataGovernanceResponsibleParty_v16_3[] = {
	&annotations_v15_annotator_one1, &dataGovernanceResponsibleParty_v15_3,
	NULL
};

static const struct cdx_logic dataGovernanceResponsibleParty_v16_4 = {
	.one_of = dataGovernanceResponsibleParty_v16_3,
};

static const struct cdx_node dataGovernance_v15_custodians = {
	.types = CDX_T_ARRAY,
	.items = &dataGovernanceResponsibleParty_v15,
};

static const struct cdx_prop dataGovernance_v15_props[] = {
	{ "custodians", &dataGovernance_v15_custodians },
	{ "owners", &dataGovernance_v15_custodians },
	{ "stewards", &dataGovernance_v15_custodians },
};

static const struct cdx_node dataGovernance_v16_custodians = {
	.types = CDX_T_ARRAY,
	.items = &dataGovernanceResponsibleParty_v16,
};

static const struct cdx_prop dataGovernance_v16_props[] = {
	{ "custodians", &dataGovernance_v16_custodians },
	{ "owners", &dataGovernance_v16_custodians },
	{ "stewards", &dataGovernance_v16_custodians },
};

static const struct cdx_node ref_refType_v12 = {
	.check = CDX_CHECK_REF,
	.ref = &refType_v12,
};

static const struct cdx_node dependency_v12_dependsOn = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &ref_refType_v12,
};

static const struct cdx_prop dependency_v12_props[] = {
	{ "dependsOn", &dependency_v12_dependsOn },
	{ "ref", &ref_refType_v12 },
};

static const struct cdx_prop dependency_v14_props[] = {
	{ "dependsOn", &dependency_v12_dependsOn },
	{ "ref", &ref_refType_v12 },
};

static const struct cdx_node dependency_v15_dependsOn = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &ref_refLinkType_v15,
};

static const struct cdx_prop dependency_v15_props[] = {
	{ "dependsOn", &dependency_v15_dependsOn },
	{ "ref", &ref_refLinkType_v15 },
};

static const struct cdx_node dependency_v16_dependsOn = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &ref_refLinkType_v16,
};

static const struct cdx_prop dependency_v16_props[] = {
	{ "dependsOn", &dependency_v16_dependsOn },
	{ "provides", &dependency_v16_dependsOn },
	{ "ref", &ref_refLinkType_v16 },
};

static const struct cdx_prop diff_v12_props[] = {
	{ "text", &attachment_v12 },
	{ "url", &string },
};

static const struct cdx_prop diff_v13_props[] = {
	{ "text", &attachment_v12 },
	{ "url", &string_iri_reference },
};

static const struct cdx_prop diff_v14_props[] = {
	{ "text", &attachment_v14 },
	{ "url", &string_iri_reference },
};

static const struct cdx_node energyConsumption_v16_activity = {
	.types = CDX_T_STRING,
	.enums = enum_energyConsumption_v16_activit,
};

static const struct cdx_node energyConsumption_v16_energyProvid = {
	.types = CDX_T_ARRAY,
	.items = &energyProvider_v16,
};

static const struct cdx_prop energyConsumption_v16_props[] = {
	{ "activity", &energyConsumption_v16_activity },
	{ "activityEnergyCost", &energyMeasure_v16 },
	{ "co2CostEquivalent", &co2Measure_v16 },
	{ "co2CostOffset", &co2Measure_v16 },
	{ "energyProviders", &energyConsumption_v16_energyProvid },
	{ "properties", &bom_v16_properties },
};

static const struct cdx_node energyConsumption_v17_energyProvid = {
	.types = CDX_T_ARRAY,
	.items = &energyProvider_v17,
};

static const struct cdx_prop energyConsumption_v17_props[] = {
	{ "activity", &energyConsumption_v16_activity },
	{ "activityEnergyCost", &energyMeasure_v16 },
	{ "co2CostEquivalent", &co2Measure_v16 },
	{ "co2CostOffset", &co2Measure_v16 },
	{ "energyProviders", &energyConsumption_v17_energyProvid },
	{ "properties", &bom_v16_properties },
};

static const struct cdx_node energyMeasure_v16_unit = {
	.types = CDX_T_STRING,
	.enums = enum_energyMeasure_v16_unit,
};

static const struct cdx_prop energyMeasure_v16_props[] = {
	{ "unit", &energyMeasure_v16_unit },
	{ "value", &number },
};

static const struct cdx_node energyProvider_v16_energySource = {
	.types = CDX_T_STRING,
	.enums = enum_energyProvider_v16_energySour,
};

static const struct cdx_prop energyProvider_v16_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "description", &string },
	{ "energyProvided", &energyMeasure_v16 },
	{ "energySource", &energyProvider_v16_energySource },
	{ "externalReferences", &bom_v16_item_externalReferences },
	{ "organization", &organizationalEntity_v16 },
};

static const struct cdx_prop energyProvider_v17_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "description", &string },
	{ "energyProvided", &energyMeasure_v16 },
	{ "energySource", &energyProvider_v16_energySource },
	{ "externalReferences", &bom_v17_item_externalReferences },
	{ "organization", &organizationalEntity_v16 },
};

static const struct cdx_node environmentalConsiderations_v16_en = {
	.types = CDX_T_ARRAY,
	.items = &energyConsumption_v16,
};

static const struct cdx_prop environmentalConsiderations_v16_pr[] = {
	{ "energyConsumptions", &environmentalConsiderations_v16_en },
	{ "properties", &bom_v16_properties },
};

static const struct cdx_node environmentalConsiderations_v17_en = {
	.types = CDX_T_ARRAY,
	.items = &energyConsumption_v17,
};

static const struct cdx_prop environmentalConsiderations_v17_pr[] = {
	{ "energyConsumptions", &environmentalConsiderations_v17_en },
	{ "properties", &bom_v16_properties },
};

static const struct cdx_prop event_v15_props[] = {
	{ "data", &attachment_v14 },
	{ "description", &string },
	{ "properties", &bom_v15_properties },
	{ "source", &resourceReferenceChoice_v15 },
	{ "target", &resourceReferenceChoice_v15 },
	{ "timeReceived", &string_date_time },
	{ "uid", &string },
};

static const struct cdx_prop event_v16_props[] = {
	{ "data", &attachment_v14 },
	{ "description", &string },
	{ "properties", &bom_v16_properties },
	{ "source", &resourceReferenceChoice_v16 },
	{ "target", &resourceReferenceChoice_v16 },
	{ "timeReceived", &string_date_time },
	{ "uid", &string },
};

static const struct cdx_prop event_v17_props[] = {
	{ "data", &attachment_v14 },
	{ "description", &string },
	{ "properties", &bom_v16_properties },
	{ "source", &resourceReferenceChoice_v17 },
	{ "target", &resourceReferenceChoice_v17 },
	{ "timeReceived", &string_date_time },
	{ "uid", &string },
};

static const struct cdx_node externalReference_v12_type = {
	.types = CDX_T_STRING,
	.enums = enum_externalReference_v12_type,
};

static const struct cdx_prop externalReference_v12_props[] = {
	{ "comment", &string },
	{ "type", &externalReference_v12_type },
	{ "url", &string },
};

static const struct cdx_prop externalReference_v13_props[] = {
	{ "comment", &string },
	{ "hashes", &component_v12_hashes },
	{ "type", &externalReference_v12_type },
	{ "url", &string_iri_reference },
};

static const struct cdx_node externalReference_v14_type = {
	.types = CDX_T_STRING,
	.enums = enum_externalReference_v14_type,
};

static const struct cdx_prop externalReference_v14_props[] = {
	{ "comment", &string },
	{ "hashes", &component_v14_hashes },
	{ "type", &externalReference_v14_type },
	{ "url", &string_iri_reference },
};

static const struct cdx_node externalReference_v15_type = {
	.types = CDX_T_STRING,
	.enums = enum_externalReference_v15_type,
};

static const struct cdx_node *const externalReference_v15_url_any[] = {
	&string_iri_reference, &bomLink_v15,
	NULL
};

static const struct cdx_logic externalReference_v15_url_logic = {
	.any_of = externalReference_v15_url_any,
};

static const struct cdx_node externalReference_v15_url = {
	.logic = &externalReference_v15_url_logic,
};

static const struct cdx_prop externalReference_v15_props[] = {
	{ "comment", &string },
	{ "hashes", &component_v14_hashes },
	{ "type", &externalReference_v15_type },
	{ "url", &externalReference_v15_url },
};

static const struct cdx_node externalReference_v16_type = {
	.types = CDX_T_STRING,
	.enums = enum_externalReference_v16_type,
};

static const struct cdx_node *const externalReference_v16_url_any[] = {
	&string_iri_reference, &bomLink_v15,
	NULL
};

static const struct cdx_logic externalReference_v16_url_logic = {
	.any_of = externalReference_v16_url_any,
};

static const struct cdx_node externalReference_v16_url = {
	.logic = &externalReference_v16_url_logic,
};

static const struct cdx_prop externalReference_v16_props[] = {
	{ "comment", &string },
	{ "hashes", &component_v14_hashes },
	{ "type", &externalReference_v16_type },
	{ "url", &externalReference_v16_url },
};

static const struct cdx_node externalReference_v17_type = {
	.types = CDX_T_STRING,
	.enums = enum_externalReference_v17_type,
};

static const struct cdx_node *const externalReference_v17_url_any[] = {
	&string_iri_reference, &bomLink_v15,
	NULL
};

static const struct cdx_logic externalReference_v17_url_logic = {
	.any_of = externalReference_v17_url_any,
};

static const struct cdx_node externalReference_v17_url = {
	.logic = &externalReference_v17_url_logic,
};

static const struct cdx_prop externalReference_v17_props[] = {
	{ "comment", &string },
	{ "hashes", &component_v17_hashes },
	{ "properties", &bom_v16_properties },
	{ "type", &externalReference_v17_type },
	{ "url", &externalReference_v17_url },
};

static const struct cdx_prop fairnessAssessment_v15_props[] = {
	{ "benefits", &string },
	{ "groupAtRisk", &string },
	{ "harms", &string },
	{ "mitigationStrategy", &string },
};

static const struct cdx_node formula_v15_workflows = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &workflow_v15,
};

static const struct cdx_prop formula_v15_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "components", &bom_v15_components },
	{ "properties", &bom_v15_properties },
	{ "services", &bom_v15_services },
	{ "workflows", &formula_v15_workflows },
};

static const struct cdx_node formula_v16_workflows = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &workflow_v16,
};

static const struct cdx_prop formula_v16_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "components", &bom_v16_components },
	{ "properties", &bom_v16_properties },
	{ "services", &bom_v16_services },
	{ "workflows", &formula_v16_workflows },
};

static const struct cdx_node formula_v17_workflows = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &workflow_v17,
};

static const struct cdx_prop formula_v17_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "components", &bom_v17_components },
	{ "properties", &bom_v16_properties },
	{ "services", &bom_v17_services },
	{ "workflows", &formula_v17_workflows },
};

static const struct cdx_prop graphic_v15_props[] = {
	{ "image", &attachment_v14 },
	{ "name", &string },
};

static const struct cdx_node graphicsCollection_v15_collection = {
	.types = CDX_T_ARRAY,
	.items = &graphic_v15,
};

static const struct cdx_prop graphicsCollection_v15_props[] = {
	{ "collection", &graphicsCollection_v15_collection },
	{ "description", &string },
};

static const struct cdx_prop hash_v12_props[] = {
	{ "alg", &hash_alg_v12 },
	{ "content", &hash_content_v12 },
};

static const struct cdx_prop hash_v14_props[] = {
	{ "alg", &hash_alg_v12 },
	{ "content", &hash_content_v12 },
};

static const struct cdx_prop hash_v17_props[] = {
	{ "alg", &hash_alg_v17 },
	{ "content", &hash_content_v12 },
};

static const struct cdx_node string_idn_email = {
	.types = CDX_T_STRING,
	.format = CDX_FMT_IDN_EMAIL,
};

static const struct cdx_prop identifiableAction_v12_props[] = {
	{ "email", &string_idn_email },
	{ "name", &string },
	{ "timestamp", &string_date_time },
};

static const struct cdx_prop identifiableAction_v14_props[] = {
	{ "email", &string_idn_email },
	{ "name", &string },
	{ "timestamp", &string_date_time },
};

static const struct cdx_prop ikeV2Auth_v17_props[] = {
	{ "algorithm", &ref_refType_v15 },
	{ "name", &string },
};

static const struct cdx_prop ikeV2Enc_v17_props[] = {
	{ "algorithm", &ref_refType_v15 },
	{ "keyLength", &integer },
	{ "name", &string },
};

static const struct cdx_prop ikeV2Integ_v17_props[] = {
	{ "algorithm", &ref_refType_v15 },
	{ "name", &string },
};

static const struct cdx_prop ikeV2Ke_v17_props[] = {
	{ "algorithm", &ref_refType_v15 },
	{ "group", &integer },
};

static const struct cdx_prop ikeV2Prf_v17_props[] = {
	{ "algorithm", &ref_refType_v15 },
	{ "name", &string },
};

static const struct cdx_prop inputOutputMLParameters_v15_props[] = {
	{ "format", &string },
};

static const struct cdx_node *const inputType_v15_environmentVars_item[] = {
	&property_v13, &string,
	NULL
};

static const struct cdx_logic inputType_v15_environmentVars_item_2 = {
	.one_of = inputType_v15_environmentVars_item,
};

static const struct cdx_node inputType_v15_environmentVars_item_3 = {
	.logic = &inputType_v15_environmentVars_item_2,
};

static const struct cdx_node inputType_v15_environmentVars = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &inputType_v15_environmentVars_item_3,
};

static const struct cdx_node inputType_v15_parameters = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &parameter_v15,
};

static const struct cdx_prop inputType_v15_props[] = {
	{ "data", &attachment_v14 },
	{ "environmentVars", &inputType_v15_environmentVars },
	{ "parameters", &inputType_v15_parameters },
	{ "properties", &bom_v15_properties },
	{ "resource", &resourceReferenceChoice_v15 },
	{ "source", &resourceReferenceChoice_v15 },
	{ "target", &resourceReferenceChoice_v15 },
};

static const struct cdx_node inputType_v15_one1 = {
	.required = req_inputType_v15_one1,
};

static const struct cdx_node inputType_v15_one2 = {
	.required = req_inputType_v15_one2,
};

static const struct cdx_node inputType_v15_one3 = {
	.required = req_inputType_v15_one3,
};

static const struct cdx_node inputType_v15_one4 = {
	.required = req_inputType_v15_one4,
};

static const struct cdx_node *const inputType_v15_one[] = {
	&inputType_v15_one1, &inputType_v15_one2, &inputType_v15_one3,
	&inputType_v15_one4,
	NULL
};

static const struct cdx_logic inputType_v15_logic = {
	.one_of = inputType_v15_one,
};

static const struct cdx_node *const inputType_v16_environmentVars_item[] = {
	&property_v16, &string,
	NULL
};

static const struct cdx_logic inputType_v16_environmentVars_item_2 = {
	.one_of = inputType_v16_environmentVars_item,
};

static const struct cdx_node inputType_v16_environmentVars_item_3 = {
	.logic = &inputType_v16_environmentVars_item_2,
};

static const struct cdx_node inputType_v16_environmentVars = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &inputType_v16_environmentVars_item_3,
};

static const struct cdx_prop inputType_v16_props[] = {
	{ "data", &attachment_v14 },
	{ "environmentVars", &inputType_v16_environmentVars },
	{ "parameters", &inputType_v15_parameters },
	{ "properties", &bom_v16_properties },
	{ "resource", &resourceReferenceChoice_v16 },
	{ "source", &resourceReferenceChoice_v16 },
	{ "target", &resourceReferenceChoice_v16 },
};

static const struct cdx_node *const inputType_v16_one[] = {
	&inputType_v15_one1, &inputType_v15_one2, &inputType_v15_one3,
	&inputType_v15_one4,
	NULL
};

static const struct cdx_logic inputType_v16_logic = {
	.one_of = inputType_v16_one,
};

static const struct cdx_node *const inputType_v17_environmentVars_item[] = {
	&property_v16, &string,
	NULL
};

static const struct cdx_logic inputType_v17_environmentVars_item_2 = {
	.one_of = inputType_v17_environmentVars_item,
};

static const struct cdx_node inputType_v17_environmentVars_item_3 = {
	.logic = &inputType_v17_environmentVars_item_2,
};

static const struct cdx_node inputType_v17_environmentVars = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &inputType_v17_environmentVars_item_3,
};

static const struct cdx_prop inputType_v17_props[] = {
	{ "data", &attachment_v14 },
	{ "environmentVars", &inputType_v17_environmentVars },
	{ "parameters", &inputType_v15_parameters },
	{ "properties", &bom_v16_properties },
	{ "resource", &resourceReferenceChoice_v17 },
	{ "source", &resourceReferenceChoice_v17 },
	{ "target", &resourceReferenceChoice_v17 },
};

static const struct cdx_node *const inputType_v17_one[] = {
	&inputType_v15_one1, &inputType_v15_one2, &inputType_v15_one3,
	&inputType_v15_one4,
	NULL
};

static const struct cdx_logic inputType_v17_logic = {
	.one_of = inputType_v17_one,
};

static const struct cdx_node array = {
	.types = CDX_T_ARRAY,
};

static const struct cdx_prop issue_v12_source_props[] = {
	{ "name", &string },
	{ "url", &string },
};

static const struct cdx_node issue_v12_source = {
	.name = "source",
	.types = CDX_T_OBJECT,
	.nprops = 2,
	.props = issue_v12_source_props,
};

static const struct cdx_node issue_v12_type = {
	.types = CDX_T_STRING,
	.enums = enum_issue_v12_type,
};

static const struct cdx_prop issue_v12_props[] = {
	{ "description", &string },
	{ "id", &string },
	{ "name", &string },
	{ "references", &array },
	{ "source", &issue_v12_source },
	{ "type", &issue_v12_type },
};

static const struct cdx_node string_iri_reference_array = {
	.types = CDX_T_ARRAY,
	.items = &string_iri_reference,
};

static const struct cdx_prop issue_v13_source_props[] = {
	{ "name", &string },
	{ "url", &string_iri_reference },
};

static const struct cdx_node issue_v13_source = {
	.name = "source",
	.types = CDX_T_OBJECT,
	.nprops = 2,
	.props = issue_v13_source_props,
};

static const struct cdx_prop issue_v13_props[] = {
	{ "description", &string },
	{ "id", &string },
	{ "name", &string },
	{ "references", &string_iri_reference_array },
	{ "source", &issue_v13_source },
	{ "type", &issue_v12_type },
};

static const struct cdx_prop issue_v14_source_props[] = {
	{ "name", &string },
	{ "url", &string_iri_reference },
};

static const struct cdx_node issue_v14_source = {
	.name = "source",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = issue_v14_source_props,
};

static const struct cdx_prop issue_v14_props[] = {
	{ "description", &string },
	{ "id", &string },
	{ "name", &string },
	{ "references", &string_iri_reference_array },
	{ "source", &issue_v14_source },
	{ "type", &issue_v12_type },
};

static const struct cdx_prop jsf_publicKey_v14_props[] = {
	{ "kty", &jsf_keyType_v14 },
};

static const struct cdx_node jsf_publicKey_v14_if_kty = {
	.konst = "\"EC\"",
};

static const struct cdx_prop jsf_publicKey_v14_all1_if_props[] = {
	{ "kty", &jsf_publicKey_v14_if_kty },
};

static const struct cdx_node jsf_publicKey_v14_all1_if = {
	.name = "publicKey",
	.nprops = 1,
	.props = jsf_publicKey_v14_all1_if_props,
};

static const struct cdx_node jsf_publicKey_v14_then_crv = {
	.types = CDX_T_STRING,
	.enums = enum_jsf_publicKey_v14_then_crv,
};

static const struct cdx_prop jsf_publicKey_v14_all1_then_props[] = {
	{ "crv", &jsf_publicKey_v14_then_crv },
	{ "kty", &jsf_keyType_v14 },
	{ "x", &string },
	{ "y", &string },
};

static const struct cdx_node jsf_publicKey_v14_all1_then = {
	.name = "publicKey",
	.flags = CDX_F_CLOSED,
	.required = req_jsf_publicKey_v14_all1_then,
	.nprops = 4,
	.props = jsf_publicKey_v14_all1_then_props,
};

static const struct cdx_logic jsf_publicKey_v14_all1_logic = {
	.if_ = &jsf_publicKey_v14_all1_if,
	.then_ = &jsf_publicKey_v14_all1_then,
};

static const struct cdx_node jsf_publicKey_v14_all1 = {
	.logic = &jsf_publicKey_v14_all1_logic,
};

static const struct cdx_node jsf_publicKey_v14_if_kty_2 = {
	.konst = "\"OKP\"",
};

static const struct cdx_prop jsf_publicKey_v14_all2_if_props[] = {
	{ "kty", &jsf_publicKey_v14_if_kty_2 },
};

static const struct cdx_node jsf_publicKey_v14_all2_if = {
	.name = "publicKey",
	.nprops = 1,
	.props = jsf_publicKey_v14_all2_if_props,
};

static const struct cdx_node jsf_publicKey_v14_then_crv_2 = {
	.types = CDX_T_STRING,
	.enums = enum_jsf_publicKey_v14_then_crv_2,
};

static const struct cdx_prop jsf_publicKey_v14_all2_then_props[] = {
	{ "crv", &jsf_publicKey_v14_then_crv_2 },
	{ "kty", &jsf_keyType_v14 },
	{ "x", &string },
};

static const struct cdx_node jsf_publicKey_v14_all2_then = {
	.name = "publicKey",
	.flags = CDX_F_CLOSED,
	.required = req_jsf_publicKey_v14_all2_then,
	.nprops = 3,
	.props = jsf_publicKey_v14_all2_then_props,
};

static const struct cdx_logic jsf_publicKey_v14_all2_logic = {
	.if_ = &jsf_publicKey_v14_all2_if,
	.then_ = &jsf_publicKey_v14_all2_then,
};

static const struct cdx_node jsf_publicKey_v14_all2 = {
	.logic = &jsf_publicKey_v14_all2_logic,
};

static const struct cdx_node jsf_publicKey_v14_if_kty_3 = {
	.konst = "\"RSA\"",
};

static const struct cdx_prop jsf_publicKey_v14_all3_if_props[] = {
	{ "kty", &jsf_publicKey_v14_if_kty_3 },
};

static const struct cdx_node jsf_publicKey_v14_all3_if = {
	.name = "publicKey",
	.nprops = 1,
	.props = jsf_publicKey_v14_all3_if_props,
};

static const struct cdx_prop jsf_publicKey_v14_all3_then_props[] = {
	{ "e", &string },
	{ "kty", &jsf_keyType_v14 },
	{ "n", &string },
};

static const struct cdx_node jsf_publicKey_v14_all3_then = {
	.name = "publicKey",
	.flags = CDX_F_CLOSED,
	.required = req_jsf_publicKey_v14_all3_then,
	.nprops = 3,
	.props = jsf_publicKey_v14_all3_then_props,
};

static const struct cdx_logic jsf_publicKey_v14_all3_logic = {
	.if_ = &jsf_publicKey_v14_all3_if,
	.then_ = &jsf_publicKey_v14_all3_then,
};

static const struct cdx_node jsf_publicKey_v14_all3 = {
	.logic = &jsf_publicKey_v14_all3_logic,
};

static const struct cdx_node *const jsf_publicKey_v14_all[] = {
	&jsf_publicKey_v14_all1, &jsf_publicKey_v14_all2,
	&jsf_publicKey_v14_all3,
	NULL
};

static const struct cdx_logic jsf_publicKey_v14_logic = {
	.all_of = jsf_publicKey_v14_all,
};

static const struct cdx_node jsf_signature_v14_one1_signers = {
	.types = CDX_T_ARRAY,
	.items = &jsf_signer_v14,
};

static const struct cdx_prop jsf_signature_v14_one1_props[] = {
	{ "signers", &jsf_signature_v14_one1_signers },
};

static const struct cdx_node jsf_signature_v14_one1 = {
	.name = "signature",
	.flags = CDX_F_CLOSED,
	.nprops = 1,
	.props = jsf_signature_v14_one1_props,
};

static const struct cdx_prop jsf_signature_v14_one2_props[] = {
	{ "chain", &jsf_signature_v14_one1_signers },
};

static const struct cdx_node jsf_signature_v14_one2 = {
	.name = "signature",
	.flags = CDX_F_CLOSED,
	.nprops = 1,
	.props = jsf_signature_v14_one2_props,
};

static const struct cdx_node *const jsf_signature_v14_one[] = {
	&jsf_signature_v14_one1, &jsf_signature_v14_one2, &jsf_signer_v14,
	NULL
};

static const struct cdx_logic jsf_signature_v14_logic = {
	.one_of = jsf_signature_v14_one,
};

static const struct cdx_node jsf_signer_v14_algorithm_one1 = {
	.types = CDX_T_STRING,
	.enums = enum_jsf_signer_v14_algorithm_one1,
};

static const struct cdx_node string_uri = {
	.types = CDX_T_STRING,
	.format = CDX_FMT_URI,
};

static const struct cdx_node *const jsf_signer_v14_algorithm_one[] = {
	&jsf_signer_v14_algorithm_one1, &string_uri,
	NULL
};

static const struct cdx_logic jsf_signer_v14_algorithm_logic = {
	.one_of = jsf_signer_v14_algorithm_one,
};

static const struct cdx_node jsf_signer_v14_algorithm = {
	.logic = &jsf_signer_v14_algorithm_logic,
};

static const struct cdx_prop jsf_signer_v14_props[] = {
	{ "algorithm", &jsf_signer_v14_algorithm },
	{ "certificatePath", &string_array },
	{ "excludes", &string_array },
	{ "keyId", &string },
	{ "publicKey", &jsf_publicKey_v14 },
	{ "value", &string },
};

static const struct cdx_node string_license_expression = {
	.types = CDX_T_STRING,
	.check = CDX_CHECK_LICENSE_EXPRESSION,
};

static const struct cdx_prop licenseChoice_v13_props[] = {
	{ "expression", &string_license_expression },
	{ "license", &license_v13 },
};

static const struct cdx_node *const licenseChoice_v13_one[] = {
	&component_v12_item_one1, &component_v12_item_one2,
	NULL
};

static const struct cdx_logic licenseChoice_v13_logic = {
	.one_of = licenseChoice_v13_one,
};

static const struct cdx_prop licenseChoice_v14_props[] = {
	{ "expression", &string_license_expression },
	{ "license", &license_v14 },
};

static const struct cdx_node *const licenseChoice_v14_one[] = {
	&component_v12_item_one1, &component_v12_item_one2,
	NULL
};

static const struct cdx_logic licenseChoice_v14_logic = {
	.one_of = licenseChoice_v14_one,
};

static const struct cdx_prop licenseChoice_v15_one1_item_props[] = {
	{ "license", &license_v15 },
};

static const struct cdx_node licenseChoice_v15_one1_item = {
	.name = "licenseChoice",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_component_v12_item_one1,
	.nprops = 1,
	.props = licenseChoice_v15_one1_item_props,
};

static const struct cdx_node licenseChoice_v15_one1 = {
	.types = CDX_T_ARRAY,
	.items = &licenseChoice_v15_one1_item,
};

static const struct cdx_prop licenseChoice_v15_one2_tuple1_prop[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "expression", &string_license_expression },
};

static const struct cdx_node licenseChoice_v15_one2_tuple1 = {
	.name = "licenseChoice",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_component_v12_item_one2,
	.nprops = 2,
	.props = licenseChoice_v15_one2_tuple1_prop,
};

static const struct cdx_node *const licenseChoice_v15_one2_tuple[] = {
	&licenseChoice_v15_one2_tuple1,
	NULL
};

static const struct cdx_logic licenseChoice_v15_one2_logic = {
	.tuple = licenseChoice_v15_one2_tuple,
};

static const struct cdx_limits licenseChoice_v15_one2_limits = {
	.has = CDX_L_MIN_ITEMS | CDX_L_MAX_ITEMS,
	.min_items = 1,
	.max_items = 1,
};

static const struct cdx_node licenseChoice_v15_one2 = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_NO_EXTRA,
	.logic = &licenseChoice_v15_one2_logic,
	.limits = &licenseChoice_v15_one2_limits,
};

static const struct cdx_node *const licenseChoice_v15_one[] = {
	&licenseChoice_v15_one1, &licenseChoice_v15_one2,
	NULL
};

static const struct cdx_logic licenseChoice_v15_logic = {
	.one_of = licenseChoice_v15_one,
};

static const struct cdx_prop licenseChoice_v16_one1_item_props[] = {
	{ "license", &license_v16 },
};

static const struct cdx_node licenseChoice_v16_one1_item = {
	.name = "licenseChoice",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_component_v12_item_one1,
	.nprops = 1,
	.props = licenseChoice_v16_one1_item_props,
};

static const struct cdx_node licenseChoice_v16_one1 = {
	.types = CDX_T_ARRAY,
	.items = &licenseChoice_v16_one1_item,
};

static const struct cdx_prop licenseChoice_v16_one2_tuple1_prop[] = {
	{ "acknowledgement", &licenseAcknowledgementEnumeration_v16 },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "expression", &string_license_expression },
};

static const struct cdx_node licenseChoice_v16_one2_tuple1 = {
	.name = "licenseChoice",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_component_v12_item_one2,
	.nprops = 3,
	.props = licenseChoice_v16_one2_tuple1_prop,
};

static const struct cdx_node *const licenseChoice_v16_one2_tuple[] = {
	&licenseChoice_v16_one2_tuple1,
	NULL
};

static const struct cdx_logic licenseChoice_v16_one2_logic = {
	.tuple = licenseChoice_v16_one2_tuple,
};

static const struct cdx_limits licenseChoice_v16_one2_limits = {
	.has = CDX_L_MIN_ITEMS | CDX_L_MAX_ITEMS,
	.min_items = 1,
	.max_items = 1,
};

static const struct cdx_node licenseChoice_v16_one2 = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_NO_EXTRA,
	.logic = &licenseChoice_v16_one2_logic,
	.limits = &licenseChoice_v16_one2_limits,
};

static const struct cdx_node *const licenseChoice_v16_one[] = {
	&licenseChoice_v16_one1, &licenseChoice_v16_one2,
	NULL
};

static const struct cdx_logic licenseChoice_v16_logic = {
	.one_of = licenseChoice_v16_one,
};

static const struct cdx_prop licenseChoice_v17_item_one1_props[] = {
	{ "license", &license_v17 },
};

static const struct cdx_node licenseChoice_v17_item_one1 = {
	.name = "licenseChoice",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_component_v12_item_one1,
	.nprops = 1,
	.props = licenseChoice_v17_item_one1_props,
};

static const struct cdx_prop licenseChoice_v17_expressionDetail[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "licenseIdentifier", &string },
	{ "text", &attachment_v14 },
	{ "url", &string_iri_reference },
};

static const struct cdx_node licenseChoice_v17_expressionDetail_2 = {
	.name = "expressionDetails",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_licenseChoice_v17_expressionDe,
	.nprops = 4,
	.props = licenseChoice_v17_expressionDetail,
};

static const struct cdx_node licenseChoice_v17_one2_expressionD = {
	.types = CDX_T_ARRAY,
	.items = &licenseChoice_v17_expressionDetail_2,
};

static const struct cdx_prop licenseChoice_v17_item_one2_props[] = {
	{ "acknowledgement", &licenseAcknowledgementEnumeration_v16 },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "expression", &string_license_expression },
	{ "expressionDetails", &licenseChoice_v17_one2_expressionD },
	{ "licensing", &licensing_v17 },
	{ "properties", &bom_v16_properties },
};

static const struct cdx_node licenseChoice_v17_item_one2 = {
	.name = "licenseChoice",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_component_v12_item_one2,
	.nprops = 6,
	.props = licenseChoice_v17_item_one2_props,
};

static const struct cdx_node *const licenseChoice_v17_item_one[] = {
	&licenseChoice_v17_item_one1, &licenseChoice_v17_item_one2,
	NULL
};

static const struct cdx_logic licenseChoice_v17_item_logic = {
	.one_of = licenseChoice_v17_item_one,
};

static const struct cdx_node licenseChoice_v17_item = {
	.logic = &licenseChoice_v17_item_logic,
};

static const struct cdx_node string_spdx_id = {
	.types = CDX_T_STRING,
	.check = CDX_CHECK_SPDX_ID,
};

static const struct cdx_prop license_v12_props[] = {
	{ "id", &string_spdx_id },
	{ "name", &string },
	{ "text", &attachment_v12 },
	{ "url", &string },
};

static const struct cdx_node license_v12_one1 = {
	.required = req_license_v12_one1,
};

static const struct cdx_node license_v12_one2 = {
	.required = req_cryptoProperties_v17_item_one2_2,
};

static const struct cdx_node *const license_v12_one[] = {
	&license_v12_one1, &license_v12_one2,
	NULL
};

static const struct cdx_logic license_v12_logic = {
	.one_of = license_v12_one,
};

static const struct cdx_prop license_v13_props[] = {
	{ "id", &string_spdx_id },
	{ "name", &string },
	{ "text", &attachment_v12 },
	{ "url", &string_iri_reference },
};

static const struct cdx_node *const license_v13_one[] = {
	&license_v12_one1, &license_v12_one2,
	NULL
};

static const struct cdx_logic license_v13_logic = {
	.one_of = license_v13_one,
};

static const struct cdx_prop license_v14_props[] = {
	{ "id", &string_spdx_id },
	{ "name", &string },
	{ "text", &attachment_v14 },
	{ "url", &string_iri_reference },
};

static const struct cdx_node *const license_v14_one[] = {
	&license_v12_one1, &license_v12_one2,
	NULL
};

static const struct cdx_logic license_v14_logic = {
	.one_of = license_v14_one,
};

static const struct cdx_node license_v15_licenseTypes_item = {
	.types = CDX_T_STRING,
	.enums = enum_license_v15_licenseTypes_item,
};

static const struct cdx_node license_v15_licensing_licenseTypes = {
	.types = CDX_T_ARRAY,
	.items = &license_v15_licenseTypes_item,
};

static const struct cdx_prop license_v15_licensing_licensee_pro[] = {
	{ "individual", &organizationalContact_v15 },
	{ "organization", &organizationalEntity_v15 },
};

static const struct cdx_node *const license_v15_licensing_licensee_one[] = {
	&annotations_v15_annotator_one1, &annotations_v15_annotator_one2,
	NULL
};

static const struct cdx_logic license_v15_licensing_licensee_log = {
	.one_of = license_v15_licensing_licensee_one,
};

static const struct cdx_node license_v15_licensing_licensee = {
	.name = "licensee",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = license_v15_licensing_licensee_pro,
	.logic = &license_v15_licensing_licensee_log,
};

static const struct cdx_prop license_v15_licensing_licensor_pro[] = {
	{ "individual", &organizationalContact_v15 },
	{ "organization", &organizationalEntity_v15 },
};

static const struct cdx_node *const license_v15_licensing_licensor_one[] = {
	&annotations_v15_annotator_one1, &annotations_v15_annotator_one2,
	NULL
};

static const struct cdx_logic license_v15_licensing_licensor_log = {
	.one_of = license_v15_licensing_licensor_one,
};

static const struct cdx_node license_v15_licensing_licensor = {
	.name = "licensor",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = license_v15_licensing_licensor_pro,
	.logic = &license_v15_licensing_licensor_log,
};

static const struct cdx_prop license_v15_licensing_purchaser_pr[] = {
	{ "individual", &organizationalContact_v15 },
	{ "organization", &organizationalEntity_v15 },
};

static const struct cdx_node *const license_v15_licensing_purchaser_on[] = {
	&annotations_v15_annotator_one1, &annotations_v15_annotator_one2,
	NULL
};

static const struct cdx_logic license_v15_licensing_purchaser_lo = {
	.one_of = license_v15_licensing_purchaser_on,
};

static const struct cdx_node license_v15_licensing_purchaser = {
	.name = "purchaser",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = license_v15_licensing_purchaser_pr,
	.logic = &license_v15_licensing_purchaser_lo,
};

static const struct cdx_prop license_v15_licensing_props[] = {
	{ "altIds", &string_array },
	{ "expiration", &string_date_time },
	{ "lastRenewal", &string_date_time },
	{ "licenseTypes", &license_v15_licensing_licenseTypes },
	{ "licensee", &license_v15_licensing_licensee },
	{ "licensor", &license_v15_licensing_licensor },
	{ "purchaseOrder", &string },
	{ "purchaser", &license_v15_licensing_purchaser },
};

static const struct cdx_node license_v15_licensing = {
	.name = "licensing",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 8,
	.props = license_v15_licensing_props,
};

static const struct cdx_prop license_v15_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "id", &string_spdx_id },
	{ "licensing", &license_v15_licensing },
	{ "name", &string },
	{ "properties", &bom_v15_properties },
	{ "text", &attachment_v14 },
	{ "url", &string_iri_reference },
};

static const struct cdx_node *const license_v15_one[] = {
	&license_v12_one1, &license_v12_one2,
	NULL
};

static const struct cdx_logic license_v15_logic = {
	.one_of = license_v15_one,
};

static const struct cdx_prop license_v16_licensing_licensee_pro[] = {
	{ "individual", &organizationalContact_v15 },
	{ "organization", &organizationalEntity_v16 },
};

static const struct cdx_node *const license_v16_licensing_licensee_one[] = {
	&annotations_v15_annotator_one1, &annotations_v15_annotator_one2,
	NULL
};

static const struct cdx_logic license_v16_licensing_licensee_log = {
	.one_of = license_v16_licensing_licensee_one,
};

static const struct cdx_node license_v16_licensing_licensee = {
	.name = "licensee",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = license_v16_licensing_licensee_pro,
	.logic = &license_v16_licensing_licensee_log,
};

static const struct cdx_prop license_v16_licensing_licensor_pro[] = {
	{ "individual", &organizationalContact_v15 },
	{ "organization", &organizationalEntity_v16 },
};

static const struct cdx_node *const license_v16_licensing_licensor_one[] = {
	&annotations_v15_annotator_one1, &annotations_v15_annotator_one2,
	NULL
};

static const struct cdx_logic license_v16_licensing_licensor_log = {
	.one_of = license_v16_licensing_licensor_one,
};

static const struct cdx_node license_v16_licensing_licensor = {
	.name = "licensor",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = license_v16_licensing_licensor_pro,
	.logic = &license_v16_licensing_licensor_log,
};

static const struct cdx_prop license_v16_licensing_purchaser_pr[] = {
	{ "individual", &organizationalContact_v15 },
	{ "organization", &organizationalEntity_v16 },
};

static const struct cdx_node *const license_v16_licensing_purchaser_on[] = {
	&annotations_v15_annotator_one1, &annotations_v15_annotator_one2,
	NULL
};

static const struct cdx_logic license_v16_licensing_purchaser_lo = {
	.one_of = license_v16_licensing_purchaser_on,
};

static const struct cdx_node license_v16_licensing_purchaser = {
	.name = "purchaser",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = license_v16_licensing_purchaser_pr,
	.logic = &license_v16_licensing_purchaser_lo,
};

static const struct cdx_prop license_v16_licensing_props[] = {
	{ "altIds", &string_array },
	{ "expiration", &string_date_time },
	{ "lastRenewal", &string_date_time },
	{ "licenseTypes", &license_v15_licensing_licenseTypes },
	{ "licensee", &license_v16_licensing_licensee },
	{ "licensor", &license_v16_licensing_licensor },
	{ "purchaseOrder", &string },
	{ "purchaser", &license_v16_licensing_purchaser },
};

static const struct cdx_node license_v16_licensing = {
	.name = "licensing",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 8,
	.props = license_v16_licensing_props,
};

static const struct cdx_prop license_v16_props[] = {
	{ "acknowledgement", &licenseAcknowledgementEnumeration_v16 },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "id", &string_spdx_id },
	{ "licensing", &license_v16_licensing },
	{ "name", &string },
	{ "properties", &bom_v16_properties },
	{ "text", &attachment_v14 },
	{ "url", &string_iri_reference },
};

static const struct cdx_node *const license_v16_one[] = {
	&license_v12_one1, &license_v12_one2,
	NULL
};

static const struct cdx_logic license_v16_logic = {
	.one_of = license_v16_one,
};

static const struct cdx_prop license_v17_props[] = {
	{ "acknowledgement", &licenseAcknowledgementEnumeration_v16 },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "id", &string_spdx_id },
	{ "licensing", &licensing_v17 },
	{ "name", &string },
	{ "properties", &bom_v16_properties },
	{ "text", &attachment_v14 },
	{ "url", &string_iri_reference },
};

static const struct cdx_node *const license_v17_one[] = {
	&license_v12_one1, &license_v12_one2,
	NULL
};

static const struct cdx_logic license_v17_logic = {
	.one_of = license_v17_one,
};

static const struct cdx_prop licensing_v17_licensee_props[] = {
	{ "individual", &organizationalContact_v15 },
	{ "organization", &organizationalEntity_v16 },
};

static const struct cdx_node *const licensing_v17_licensee_one[] = {
	&annotations_v15_annotator_one1, &annotations_v15_annotator_one2,
	NULL
};

static const struct cdx_logic licensing_v17_licensee_logic = {
	.one_of = licensing_v17_licensee_one,
};

static const struct cdx_node licensing_v17_licensee = {
	.name = "licensee",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = licensing_v17_licensee_props,
	.logic = &licensing_v17_licensee_logic,
};

static const struct cdx_prop licensing_v17_licensor_props[] = {
	{ "individual", &organizationalContact_v15 },
	{ "organization", &organizationalEntity_v16 },
};

static const struct cdx_node *const licensing_v17_licensor_one[] = {
	&annotations_v15_annotator_one1, &annotations_v15_annotator_one2,
	NULL
};

static const struct cdx_logic licensing_v17_licensor_logic = {
	.one_of = licensing_v17_licensor_one,
};

static const struct cdx_node licensing_v17_licensor = {
	.name = "licensor",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = licensing_v17_licensor_props,
	.logic = &licensing_v17_licensor_logic,
};

static const struct cdx_prop licensing_v17_purchaser_props[] = {
	{ "individual", &organizationalContact_v15 },
	{ "organization", &organizationalEntity_v16 },
};

static const struct cdx_node *const licensing_v17_purchaser_one[] = {
	&annotations_v15_annotator_one1, &annotations_v15_annotator_one2,
	NULL
};

static const struct cdx_logic licensing_v17_purchaser_logic = {
	.one_of = licensing_v17_purchaser_one,
};

static const struct cdx_node licensing_v17_purchaser = {
	.name = "purchaser",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = licensing_v17_purchaser_props,
	.logic = &licensing_v17_purchaser_logic,
};

static const struct cdx_prop licensing_v17_props[] = {
	{ "altIds", &string_array },
	{ "expiration", &string_date_time },
	{ "lastRenewal", &string_date_time },
	{ "licenseTypes", &license_v15_licensing_licenseTypes },
	{ "licensee", &licensing_v17_licensee },
	{ "licensor", &licensing_v17_licensor },
	{ "purchaseOrder", &string },
	{ "purchaser", &licensing_v17_purchaser },
};

static const struct cdx_node metadata_v12_authors = {
	.types = CDX_T_ARRAY,
	.items = &organizationalContact_v12,
};

static const struct cdx_node metadata_v12_tools = {
	.types = CDX_T_ARRAY,
	.items = &tool_v12,
};

static const struct cdx_prop metadata_v12_props[] = {
	{ "authors", &metadata_v12_authors },
	{ "component", &component_v12 },
	{ "manufacture", &organizationalEntity_v12 },
	{ "supplier", &organizationalEntity_v12 },
	{ "timestamp", &string_date_time },
	{ "tools", &metadata_v12_tools },
};

static const struct cdx_prop metadata_v13_props[] = {
	{ "authors", &metadata_v12_authors },
	{ "component", &component_v13 },
	{ "licenses", &componentEvidence_v13_licenses },
	{ "manufacture", &organizationalEntity_v13 },
	{ "properties", &bom_v15_properties },
	{ "supplier", &organizationalEntity_v13 },
	{ "timestamp", &string_date_time },
	{ "tools", &metadata_v12_tools },
};

static const struct cdx_node metadata_v14_authors = {
	.types = CDX_T_ARRAY,
	.items = &organizationalContact_v14,
};

static const struct cdx_node metadata_v14_tools = {
	.types = CDX_T_ARRAY,
	.items = &tool_v14,
};

static const struct cdx_prop metadata_v14_props[] = {
	{ "authors", &metadata_v14_authors },
	{ "component", &component_v14 },
	{ "licenses", &componentEvidence_v14_licenses },
	{ "manufacture", &organizationalEntity_v14 },
	{ "properties", &bom_v15_properties },
	{ "supplier", &organizationalEntity_v14 },
	{ "timestamp", &string_date_time },
	{ "tools", &metadata_v14_tools },
};

static const struct cdx_node metadata_v15_one1_phase = {
	.types = CDX_T_STRING,
	.enums = enum_metadata_v15_one1_phase,
};

static const struct cdx_prop metadata_v15_item_one1_props[] = {
	{ "phase", &metadata_v15_one1_phase },
};

static const struct cdx_node metadata_v15_item_one1 = {
	.name = "lifecycles",
	.flags = CDX_F_CLOSED,
	.required = req_metadata_v15_item_one1,
	.nprops = 1,
	.props = metadata_v15_item_one1_props,
};

static const struct cdx_prop metadata_v15_item_one2_props[] = {
	{ "description", &string },
	{ "name", &string },
};

static const struct cdx_node metadata_v15_item_one2 = {
	.name = "lifecycles",
	.flags = CDX_F_CLOSED,
	.required = req_cryptoProperties_v17_item_one2_2,
	.nprops = 2,
	.props = metadata_v15_item_one2_props,
};

static const struct cdx_node *const metadata_v15_lifecycles_item_one[] = {
	&metadata_v15_item_one1, &metadata_v15_item_one2,
	NULL
};

static const struct cdx_logic metadata_v15_lifecycles_item_logic = {
	.one_of = metadata_v15_lifecycles_item_one,
};

static const struct cdx_node metadata_v15_lifecycles_item = {
	.name = "lifecycles",
	.types = CDX_T_OBJECT,
	.logic = &metadata_v15_lifecycles_item_logic,
};

static const struct cdx_node metadata_v15_lifecycles = {
	.types = CDX_T_ARRAY,
	.items = &metadata_v15_lifecycles_item,
};

static const struct cdx_prop metadata_v15_tools_one1_props[] = {
	{ "components", &bom_v15_components },
	{ "services", &bom_v15_services },
};

static const struct cdx_node metadata_v15_tools_one1 = {
	.name = "tools",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = metadata_v15_tools_one1_props,
};

static const struct cdx_node metadata_v15_tools_one2 = {
	.types = CDX_T_ARRAY,
	.items = &tool_v15,
};

static const struct cdx_node *const metadata_v15_tools_one[] = {
	&metadata_v15_tools_one1, &metadata_v15_tools_one2,
	NULL
};

static const struct cdx_logic metadata_v15_tools_logic = {
	.one_of = metadata_v15_tools_one,
};

static const struct cdx_node metadata_v15_tools = {
	.logic = &metadata_v15_tools_logic,
};

static const struct cdx_prop metadata_v15_props[] = {
	{ "authors", &component_v16_authors },
	{ "component", &component_v15 },
	{ "licenses", &licenseChoice_v15 },
	{ "lifecycles", &metadata_v15_lifecycles },
	{ "manufacture", &organizationalEntity_v15 },
	{ "properties", &bom_v15_properties },
	{ "supplier", &organizationalEntity_v15 },
	{ "timestamp", &string_date_time },
	{ "tools", &metadata_v15_tools },
};

static const struct cdx_prop metadata_v16_item_one1_props[] = {
	{ "phase", &metadata_v15_one1_phase },
};

static const struct cdx_node metadata_v16_item_one1 = {
	.name = "lifecycles",
	.flags = CDX_F_CLOSED,
	.required = req_metadata_v15_item_one1,
	.nprops = 1,
	.props = metadata_v16_item_one1_props,
};

static const struct cdx_prop metadata_v16_item_one2_props[] = {
	{ "description", &string },
	{ "name", &string },
};

static const struct cdx_node metadata_v16_item_one2 = {
	.name = "lifecycles",
	.flags = CDX_F_CLOSED,
	.required = req_cryptoProperties_v17_item_one2_2,
	.nprops = 2,
	.props = metadata_v16_item_one2_props,
};

static const struct cdx_node *const metadata_v16_lifecycles_item_one[] = {
	&metadata_v16_item_one1, &metadata_v16_item_one2,
	NULL
};

static const struct cdx_logic metadata_v16_lifecycles_item_logic = {
	.one_of = metadata_v16_lifecycles_item_one,
};

static const struct cdx_node metadata_v16_lifecycles_item = {
	.name = "lifecycles",
	.types = CDX_T_OBJECT,
	.logic = &metadata_v16_lifecycles_item_logic,
};

static const struct cdx_node metadata_v16_lifecycles = {
	.types = CDX_T_ARRAY,
	.items = &metadata_v16_lifecycles_item,
};

static const struct cdx_prop metadata_v16_tools_one1_props[] = {
	{ "components", &bom_v16_components },
	{ "services", &bom_v16_services },
};

static const struct cdx_node metadata_v16_tools_one1 = {
	.name = "tools",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = metadata_v16_tools_one1_props,
};

static const struct cdx_node metadata_v16_tools_one2 = {
	.types = CDX_T_ARRAY,
	.items = &tool_v16,
};

static const struct cdx_node *const metadata_v16_tools_one[] = {
	&metadata_v16_tools_one1, &metadata_v16_tools_one2,
	NULL
};

static const struct cdx_logic metadata_v16_tools_logic = {
	.one_of = metadata_v16_tools_one,
};

static const struct cdx_node metadata_v16_tools = {
	.logic = &metadata_v16_tools_logic,
};

static const struct cdx_prop metadata_v16_props[] = {
	{ "authors", &component_v16_authors },
	{ "component", &component_v16 },
	{ "licenses", &licenseChoice_v16 },
	{ "lifecycles", &metadata_v16_lifecycles },
	{ "manufacture", &organizationalEntity_v16 },
	{ "manufacturer", &organizationalEntity_v16 },
	{ "properties", &bom_v16_properties },
	{ "supplier", &organizationalEntity_v16 },
	{ "timestamp", &string_date_time },
	{ "tools", &metadata_v16_tools },
};

static const struct cdx_prop metadata_v17_distributionConstrain[] = {
	{ "tlp", &tlpClassification_v17 },
};

static const struct cdx_node metadata_v17_distributionConstrain_2 = {
	.name = "distributionConstraints",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 1,
	.props = metadata_v17_distributionConstrain,
};

static const struct cdx_prop metadata_v17_item_one1_props[] = {
	{ "phase", &metadata_v15_one1_phase },
};

static const struct cdx_node metadata_v17_item_one1 = {
	.name = "lifecycles",
	.flags = CDX_F_CLOSED,
	.required = req_metadata_v15_item_one1,
	.nprops = 1,
	.props = metadata_v17_item_one1_props,
};

static const struct cdx_prop metadata_v17_item_one2_props[] = {
	{ "description", &string },
	{ "name", &string },
};

static const struct cdx_node metadata_v17_item_one2 = {
	.name = "lifecycles",
	.flags = CDX_F_CLOSED,
	.required = req_cryptoProperties_v17_item_one2_2,
	.nprops = 2,
	.props = metadata_v17_item_one2_props,
};

static const struct cdx_node *const metadata_v17_lifecycles_item_one[] = {
	&metadata_v17_item_one1, &metadata_v17_item_one2,
	NULL
};

static const struct cdx_logic metadata_v17_lifecycles_item_logic = {
	.one_of = metadata_v17_lifecycles_item_one,
};

static const struct cdx_node metadata_v17_lifecycles_item = {
	.name = "lifecycles",
	.types = CDX_T_OBJECT,
	.logic = &metadata_v17_lifecycles_item_logic,
};

static const struct cdx_node metadata_v17_lifecycles = {
	.types = CDX_T_ARRAY,
	.items = &metadata_v17_lifecycles_item,
};

static const struct cdx_prop metadata_v17_tools_one1_props[] = {
	{ "components", &bom_v17_components },
	{ "services", &bom_v17_services },
};

static const struct cdx_node metadata_v17_tools_one1 = {
	.name = "tools",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = metadata_v17_tools_one1_props,
};

static const struct cdx_node metadata_v17_tools_one2 = {
	.types = CDX_T_ARRAY,
	.items = &tool_v17,
};

static const struct cdx_node *const metadata_v17_tools_one[] = {
	&metadata_v17_tools_one1, &metadata_v17_tools_one2,
	NULL
};

static const struct cdx_logic metadata_v17_tools_logic = {
	.one_of = metadata_v17_tools_one,
};

static const struct cdx_node metadata_v17_tools = {
	.logic = &metadata_v17_tools_logic,
};

static const struct cdx_prop metadata_v17_props[] = {
	{ "authors", &component_v16_authors },
	{ "component", &component_v17 },
	{ "distributionConstraints", &metadata_v17_distributionConstrain_2 },
	{ "licenses", &licenseChoice_v17 },
	{ "lifecycles", &metadata_v17_lifecycles },
	{ "manufacture", &organizationalEntity_v16 },
	{ "manufacturer", &organizationalEntity_v16 },
	{ "properties", &bom_v16_properties },
	{ "supplier", &organizationalEntity_v16 },
	{ "timestamp", &string_date_time },
	{ "tools", &metadata_v17_tools },
};

static const struct cdx_node modelCard_v15_considerations_ethic = {
	.types = CDX_T_ARRAY,
	.items = &risk_v15,
};

static const struct cdx_node modelCard_v15_considerations_fairn = {
	.types = CDX_T_ARRAY,
	.items = &fairnessAssessment_v15,
};

static const struct cdx_prop modelCard_v15_considerations_props[] = {
	{ "ethicalConsiderations", &modelCard_v15_considerations_ethic },
	{ "fairnessAssessments", &modelCard_v15_considerations_fairn },
	{ "performanceTradeoffs", &string_array },
	{ "technicalLimitations", &string_array },
	{ "useCases", &string_array },
	{ "users", &string_array },
};

static const struct cdx_node modelCard_v15_considerations = {
	.name = "considerations",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 6,
	.props = modelCard_v15_considerations_props,
};

static const struct cdx_node modelCard_v15_approach_type = {
	.types = CDX_T_STRING,
	.enums = enum_modelCard_v15_approach_type,
};

static const struct cdx_prop modelCard_v15_modelParameters_appr[] = {
	{ "type", &modelCard_v15_approach_type },
};

static const struct cdx_node modelCard_v15_modelParameters_appr_2 = {
	.name = "approach",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 1,
	.props = modelCard_v15_modelParameters_appr,
};

static const struct cdx_node *const modelCard_v15_one2_ref_any[] = {
	&ref_refLinkType_v15, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic modelCard_v15_one2_ref_logic = {
	.any_of = modelCard_v15_one2_ref_any,
};

static const struct cdx_node modelCard_v15_one2_ref = {
	.logic = &modelCard_v15_one2_ref_logic,
};

static const struct cdx_prop modelCard_v15_item_one2_props[] = {
	{ "ref", &modelCard_v15_one2_ref },
};

static const struct cdx_node modelCard_v15_item_one2 = {
	.name = "datasets",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 1,
	.props = modelCard_v15_item_one2_props,
};

static const struct cdx_node *const modelCard_v15_datasets_item_one[] = {
	&componentData_v15, &modelCard_v15_item_one2,
	NULL
};

static const struct cdx_logic modelCard_v15_datasets_item_logic = {
	.one_of = modelCard_v15_datasets_item_one,
};

static const struct cdx_node modelCard_v15_datasets_item = {
	.logic = &modelCard_v15_datasets_item_logic,
};

static const struct cdx_node modelCard_v15_modelParameters_data = {
	.types = CDX_T_ARRAY,
	.items = &modelCard_v15_datasets_item,
};

static const struct cdx_node modelCard_v15_modelParameters_inpu = {
	.types = CDX_T_ARRAY,
	.items = &inputOutputMLParameters_v15,
};

static const struct cdx_prop modelCard_v15_modelParameters_prop[] = {
	{ "approach", &modelCard_v15_modelParameters_appr_2 },
	{ "architectureFamily", &string },
	{ "datasets", &modelCard_v15_modelParameters_data },
	{ "inputs", &modelCard_v15_modelParameters_inpu },
	{ "modelArchitecture", &string },
	{ "outputs", &modelCard_v15_modelParameters_inpu },
	{ "task", &string },
};

static const struct cdx_node modelCard_v15_modelParameters = {
	.name = "modelParameters",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 7,
	.props = modelCard_v15_modelParameters_prop,
};

static const struct cdx_node modelCard_v15_quantitativeAnalysis = {
	.types = CDX_T_ARRAY,
	.items = &performanceMetric_v15,
};

static const struct cdx_prop modelCard_v15_quantitativeAnalysis_2[] = {
	{ "graphics", &graphicsCollection_v15 },
	{ "performanceMetrics", &modelCard_v15_quantitativeAnalysis },
};

static const struct cdx_node modelCard_v15_quantitativeAnalysis_3 = {
	.name = "quantitativeAnalysis",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = modelCard_v15_quantitativeAnalysis_2,
};

static const struct cdx_prop modelCard_v15_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "considerations", &modelCard_v15_considerations },
	{ "modelParameters", &modelCard_v15_modelParameters },
	{ "properties", &bom_v15_properties },
	{ "quantitativeAnalysis", &modelCard_v15_quantitativeAnalysis_3 },
};

static const struct cdx_prop modelCard_v16_considerations_props[] = {
	{ "environmentalConsiderations", &environmentalConsiderations_v16 },
	{ "ethicalConsiderations", &modelCard_v15_considerations_ethic },
	{ "fairnessAssessments", &modelCard_v15_considerations_fairn },
	{ "performanceTradeoffs", &string_array },
	{ "technicalLimitations", &string_array },
	{ "useCases", &string_array },
	{ "users", &string_array },
};

static const struct cdx_node modelCard_v16_considerations = {
	.name = "considerations",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 7,
	.props = modelCard_v16_considerations_props,
};

static const struct cdx_prop modelCard_v16_modelParameters_appr[] = {
	{ "type", &modelCard_v15_approach_type },
};

static const struct cdx_node modelCard_v16_modelParameters_appr_2 = {
	.name = "approach",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 1,
	.props = modelCard_v16_modelParameters_appr,
};

static const struct cdx_node *const modelCard_v16_one2_ref_any[] = {
	&ref_refLinkType_v16, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic modelCard_v16_one2_ref_logic = {
	.any_of = modelCard_v16_one2_ref_any,
};

static const struct cdx_node modelCard_v16_one2_ref = {
	.types = CDX_T_STRING,
	.logic = &modelCard_v16_one2_ref_logic,
};

static const struct cdx_prop modelCard_v16_item_one2_props[] = {
	{ "ref", &modelCard_v16_one2_ref },
};

static const struct cdx_node modelCard_v16_item_one2 = {
	.name = "datasets",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 1,
	.props = modelCard_v16_item_one2_props,
};

static const struct cdx_node *const modelCard_v16_datasets_item_one[] = {
	&componentData_v16, &modelCard_v16_item_one2,
	NULL
};

static const struct cdx_logic modelCard_v16_datasets_item_logic = {
	.one_of = modelCard_v16_datasets_item_one,
};

static const struct cdx_node modelCard_v16_datasets_item = {
	.logic = &modelCard_v16_datasets_item_logic,
};

static const struct cdx_node modelCard_v16_modelParameters_data = {
	.types = CDX_T_ARRAY,
	.items = &modelCard_v16_datasets_item,
};

static const struct cdx_prop modelCard_v16_modelParameters_prop[] = {
	{ "approach", &modelCard_v16_modelParameters_appr_2 },
	{ "architectureFamily", &string },
	{ "datasets", &modelCard_v16_modelParameters_data },
	{ "inputs", &modelCard_v15_modelParameters_inpu },
	{ "modelArchitecture", &string },
	{ "outputs", &modelCard_v15_modelParameters_inpu },
	{ "task", &string },
};

static const struct cdx_node modelCard_v16_modelParameters = {
	.name = "modelParameters",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 7,
	.props = modelCard_v16_modelParameters_prop,
};

static const struct cdx_prop modelCard_v16_quantitativeAnalysis[] = {
	{ "graphics", &graphicsCollection_v15 },
	{ "performanceMetrics", &modelCard_v15_quantitativeAnalysis },
};

static const struct cdx_node modelCard_v16_quantitativeAnalysis_2 = {
	.name = "quantitativeAnalysis",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = modelCard_v16_quantitativeAnalysis,
};

static const struct cdx_prop modelCard_v16_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "considerations", &modelCard_v16_considerations },
	{ "modelParameters", &modelCard_v16_modelParameters },
	{ "properties", &bom_v16_properties },
	{ "quantitativeAnalysis", &modelCard_v16_quantitativeAnalysis_2 },
};

static const struct cdx_prop modelCard_v17_considerations_props[] = {
	{ "environmentalConsiderations", &environmentalConsiderations_v17 },
	{ "ethicalConsiderations", &modelCard_v15_considerations_ethic },
	{ "fairnessAssessments", &modelCard_v15_considerations_fairn },
	{ "performanceTradeoffs", &string_array },
	{ "technicalLimitations", &string_array },
	{ "useCases", &string_array },
	{ "users", &string_array },
};

static const struct cdx_node modelCard_v17_considerations = {
	.name = "considerations",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 7,
	.props = modelCard_v17_considerations_props,
};

static const struct cdx_prop modelCard_v17_modelParameters_appr[] = {
	{ "type", &modelCard_v15_approach_type },
};

static const struct cdx_node modelCard_v17_modelParameters_appr_2 = {
	.name = "approach",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 1,
	.props = modelCard_v17_modelParameters_appr,
};

static const struct cdx_node *const modelCard_v17_one2_ref_any[] = {
	&ref_refLinkType_v16, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic modelCard_v17_one2_ref_logic = {
	.any_of = modelCard_v17_one2_ref_any,
};

static const struct cdx_node modelCard_v17_one2_ref = {
	.types = CDX_T_STRING,
	.logic = &modelCard_v17_one2_ref_logic,
};

static const struct cdx_prop modelCard_v17_item_one2_props[] = {
	{ "ref", &modelCard_v17_one2_ref },
};

static const struct cdx_node modelCard_v17_item_one2 = {
	.name = "datasets",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 1,
	.props = modelCard_v17_item_one2_props,
};

static const struct cdx_node *const modelCard_v17_datasets_item_one[] = {
	&componentData_v16, &modelCard_v17_item_one2,
	NULL
};

static const struct cdx_logic modelCard_v17_datasets_item_logic = {
	.one_of = modelCard_v17_datasets_item_one,
};

static const struct cdx_node modelCard_v17_datasets_item = {
	.logic = &modelCard_v17_datasets_item_logic,
};

static const struct cdx_node modelCard_v17_modelParameters_data = {
	.types = CDX_T_ARRAY,
	.items = &modelCard_v17_datasets_item,
};

static const struct cdx_prop modelCard_v17_modelParameters_prop[] = {
	{ "approach", &modelCard_v17_modelParameters_appr_2 },
	{ "architectureFamily", &string },
	{ "datasets", &modelCard_v17_modelParameters_data },
	{ "inputs", &modelCard_v15_modelParameters_inpu },
	{ "modelArchitecture", &string },
	{ "outputs", &modelCard_v15_modelParameters_inpu },
	{ "task", &string },
};

static const struct cdx_node modelCard_v17_modelParameters = {
	.name = "modelParameters",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 7,
	.props = modelCard_v17_modelParameters_prop,
};

static const struct cdx_prop modelCard_v17_quantitativeAnalysis[] = {
	{ "graphics", &graphicsCollection_v15 },
	{ "performanceMetrics", &modelCard_v15_quantitativeAnalysis },
};

static const struct cdx_node modelCard_v17_quantitativeAnalysis_2 = {
	.name = "quantitativeAnalysis",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = modelCard_v17_quantitativeAnalysis,
};

static const struct cdx_prop modelCard_v17_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "considerations", &modelCard_v17_considerations },
	{ "modelParameters", &modelCard_v17_modelParameters },
	{ "properties", &bom_v16_properties },
	{ "quantitativeAnalysis", &modelCard_v17_quantitativeAnalysis_2 },
};

static const struct cdx_prop note_v14_props[] = {
	{ "locale", &localeType_v14 },
	{ "text", &attachment_v14 },
};

static const struct cdx_prop organizationalContact_v12_props[] = {
	{ "email", &string },
	{ "name", &string },
	{ "phone", &string },
};

static const struct cdx_prop organizationalContact_v14_props[] = {
	{ "email", &string_idn_email },
	{ "name", &string },
	{ "phone", &string },
};

static const struct cdx_prop organizationalContact_v15_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "email", &string_idn_email },
	{ "name", &string },
	{ "phone", &string },
};

static const struct cdx_prop organizationalEntity_v12_props[] = {
	{ "contact", &metadata_v12_authors },
	{ "name", &string },
	{ "url", &array },
};

static const struct cdx_prop organizationalEntity_v13_props[] = {
	{ "contact", &metadata_v12_authors },
	{ "name", &string },
	{ "url", &string_iri_reference_array },
};

static const struct cdx_prop organizationalEntity_v14_props[] = {
	{ "contact", &metadata_v14_authors },
	{ "name", &string },
	{ "url", &string_iri_reference_array },
};

static const struct cdx_prop organizationalEntity_v15_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "contact", &component_v16_authors },
	{ "name", &string },
	{ "url", &string_iri_reference_array },
};

static const struct cdx_prop organizationalEntity_v16_props[] = {
	{ "address", &postalAddress_v16 },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "contact", &component_v16_authors },
	{ "name", &string },
	{ "url", &string_iri_reference_array },
};

static const struct cdx_node *const outputType_v15_environmentVars_ite[] = {
	&property_v13, &string,
	NULL
};

static const struct cdx_logic outputType_v15_environmentVars_ite_2 = {
	.one_of = outputType_v15_environmentVars_ite,
};

static const struct cdx_node outputType_v15_environmentVars_ite_3 = {
	.logic = &outputType_v15_environmentVars_ite_2,
};

static const struct cdx_node outputType_v15_environmentVars = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &outputType_v15_environmentVars_ite_3,
};

static const struct cdx_node outputType_v15_type = {
	.types = CDX_T_STRING,
	.enums = enum_outputType_v15_type,
};

static const struct cdx_prop outputType_v15_props[] = {
	{ "data", &attachment_v14 },
	{ "environmentVars", &outputType_v15_environmentVars },
	{ "properties", &bom_v15_properties },
	{ "resource", &resourceReferenceChoice_v15 },
	{ "source", &resourceReferenceChoice_v15 },
	{ "target", &resourceReferenceChoice_v15 },
	{ "type", &outputType_v15_type },
};

static const struct cdx_node *const outputType_v15_one[] = {
	&inputType_v15_one1, &inputType_v15_one3, &inputType_v15_one4,
	NULL
};

static const struct cdx_logic outputType_v15_logic = {
	.one_of = outputType_v15_one,
};

static const struct cdx_node *const outputType_v16_environmentVars_ite[] = {
	&property_v16, &string,
	NULL
};

static const struct cdx_logic outputType_v16_environmentVars_ite_2 = {
	.one_of = outputType_v16_environmentVars_ite,
};

static const struct cdx_node outputType_v16_environmentVars_ite_3 = {
	.logic = &outputType_v16_environmentVars_ite_2,
};

static const struct cdx_node outputType_v16_environmentVars = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &outputType_v16_environmentVars_ite_3,
};

static const struct cdx_prop outputType_v16_props[] = {
	{ "data", &attachment_v14 },
	{ "environmentVars", &outputType_v16_environmentVars },
	{ "properties", &bom_v16_properties },
	{ "resource", &resourceReferenceChoice_v16 },
	{ "source", &resourceReferenceChoice_v16 },
	{ "target", &resourceReferenceChoice_v16 },
	{ "type", &outputType_v15_type },
};

static const struct cdx_node *const outputType_v16_one[] = {
	&inputType_v15_one1, &inputType_v15_one3, &inputType_v15_one4,
	NULL
};

static const struct cdx_logic outputType_v16_logic = {
	.one_of = outputType_v16_one,
};

static const struct cdx_node *const outputType_v17_environmentVars_ite[] = {
	&property_v16, &string,
	NULL
};

static const struct cdx_logic outputType_v17_environmentVars_ite_2 = {
	.one_of = outputType_v17_environmentVars_ite,
};

static const struct cdx_node outputType_v17_environmentVars_ite_3 = {
	.logic = &outputType_v17_environmentVars_ite_2,
};

static const struct cdx_node outputType_v17_environmentVars = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &outputType_v17_environmentVars_ite_3,
};

static const struct cdx_prop outputType_v17_props[] = {
	{ "data", &attachment_v14 },
	{ "environmentVars", &outputType_v17_environmentVars },
	{ "properties", &bom_v16_properties },
	{ "resource", &resourceReferenceChoice_v17 },
	{ "source", &resourceReferenceChoice_v17 },
	{ "target", &resourceReferenceChoice_v17 },
	{ "type", &outputType_v15_type },
};

static const struct cdx_node *const outputType_v17_one[] = {
	&inputType_v15_one1, &inputType_v15_one3, &inputType_v15_one4,
	NULL
};

static const struct cdx_logic outputType_v17_logic = {
	.one_of = outputType_v17_one,
};

static const struct cdx_prop parameter_v15_props[] = {
	{ "dataType", &string },
	{ "name", &string },
	{ "value", &string },
};

static const struct cdx_node patch_v12_resolves = {
	.types = CDX_T_ARRAY,
	.items = &issue_v12,
};

static const struct cdx_node patch_v12_type = {
	.types = CDX_T_STRING,
	.enums = enum_patch_v12_type,
};

static const struct cdx_prop patch_v12_props[] = {
	{ "diff", &diff_v12 },
	{ "resolves", &patch_v12_resolves },
	{ "type", &patch_v12_type },
};

static const struct cdx_node patch_v13_resolves = {
	.types = CDX_T_ARRAY,
	.items = &issue_v13,
};

static const struct cdx_prop patch_v13_props[] = {
	{ "diff", &diff_v13 },
	{ "resolves", &patch_v13_resolves },
	{ "type", &patch_v12_type },
};

static const struct cdx_node patch_v14_resolves = {
	.types = CDX_T_ARRAY,
	.items = &issue_v14,
};

static const struct cdx_prop patch_v14_props[] = {
	{ "diff", &diff_v14 },
	{ "resolves", &patch_v14_resolves },
	{ "type", &patch_v12_type },
};

static const struct cdx_node *const patentAssertions_v17_item_asserter[] = {
	&organizationalEntity_v16, &organizationalContact_v15,
	&ref_refLinkType_v16,
	NULL
};

static const struct cdx_logic patentAssertions_v17_item_asserter_2 = {
	.one_of = patentAssertions_v17_item_asserter,
};

static const struct cdx_node patentAssertions_v17_item_asserter_3 = {
	.logic = &patentAssertions_v17_item_asserter_2,
};

static const struct cdx_node patentAssertions_v17_item_assertio = {
	.types = CDX_T_STRING,
	.enums = enum_patentAssertions_v17_item_ass,
};

static const struct cdx_prop patentAssertions_v17_item_props[] = {
	{ "asserter", &patentAssertions_v17_item_asserter_3 },
	{ "assertionType", &patentAssertions_v17_item_assertio },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "notes", &string },
	{ "patentRefs", &cipherSuite_v16_algorithms },
};

static const struct cdx_node patentAssertions_v17_item = {
	.name = "patentAssertions",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_patentAssertions_v17_item,
	.nprops = 5,
	.props = patentAssertions_v17_item_props,
};

static const struct cdx_prop patentFamily_v17_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "externalReferences", &bom_v17_item_externalReferences },
	{ "familyId", &string },
	{ "members", &bom_v16_item_claims },
	{ "priorityApplication", &priorityApplication_v17 },
};

static const struct cdx_node string_date = {
	.types = CDX_T_STRING,
	.format = CDX_FMT_DATE,
};

static const struct cdx_node *const patent_v17_patentAssignee_item_one[] = {
	&organizationalContact_v15, &organizationalEntity_v16,
	NULL
};

static const struct cdx_logic patent_v17_patentAssignee_item_log = {
	.one_of = patent_v17_patentAssignee_item_one,
};

static const struct cdx_node patent_v17_patentAssignee_item = {
	.logic = &patent_v17_patentAssignee_item_log,
};

static const struct cdx_node patent_v17_patentAssignee = {
	.types = CDX_T_ARRAY,
	.items = &patent_v17_patentAssignee_item,
};

static const struct cdx_node patent_v17_patentLegalStatus = {
	.types = CDX_T_STRING,
	.enums = enum_patent_v17_patentLegalStatus,
};

static const struct cdx_node string_patent_number = {
	.types = CDX_T_STRING,
	.pattern = CDX_PAT_PATENT_NUMBER,
};

static const struct cdx_prop patent_v17_props[] = {
	{ "abstract", &string },
	{ "applicationNumber", &patentApplicationNumber_v17 },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "externalReferences", &bom_v17_item_externalReferences },
	{ "filingDate", &string_date },
	{ "grantDate", &string_date },
	{ "jurisdiction", &patentJurisdiction_v17 },
	{ "patentAssignee", &patent_v17_patentAssignee },
	{ "patentExpirationDate", &string_date },
	{ "patentLegalStatus", &patent_v17_patentLegalStatus },
	{ "patentNumber", &string_patent_number },
	{ "priorityApplication", &priorityApplication_v17 },
	{ "publicationNumber", &string_patent_number },
	{ "title", &string },
};

static const struct cdx_prop performanceMetric_v15_confidenceIn[] = {
	{ "lowerBound", &string },
	{ "upperBound", &string },
};

static const struct cdx_node performanceMetric_v15_confidenceIn_2 = {
	.name = "confidenceInterval",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = performanceMetric_v15_confidenceIn,
};

static const struct cdx_prop performanceMetric_v15_props[] = {
	{ "confidenceInterval", &performanceMetric_v15_confidenceIn_2 },
	{ "slice", &string },
	{ "type", &string },
	{ "value", &string },
};

static const struct cdx_prop postalAddress_v16_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "country", &string },
	{ "locality", &string },
	{ "postOfficeBoxNumber", &string },
	{ "postalCode", &string },
	{ "region", &string },
	{ "streetAddress", &string },
};

static const struct cdx_prop priorityApplication_v17_props[] = {
	{ "applicationNumber", &patentApplicationNumber_v17 },
	{ "filingDate", &patentFilingDate_v17 },
	{ "jurisdiction", &patentJurisdiction_v17 },
};

static const struct cdx_prop property_v13_props[] = {
	{ "name", &string },
	{ "value", &string },
};

static const struct cdx_prop property_v16_props[] = {
	{ "name", &string },
	{ "value", &string },
};

static const struct cdx_limits range_v14_limits = {
	.has = CDX_L_MIN_LENGTH | CDX_L_MAX_LENGTH,
	.min_length = 1,
	.max_length = 1024,
};

static const struct cdx_prop rating_v14_props[] = {
	{ "justification", &string },
	{ "method", &scoreMethod_v14 },
	{ "score", &number },
	{ "severity", &severity_v14 },
	{ "source", &vulnerabilitySource_v14 },
	{ "vector", &string },
};

static const struct cdx_prop rating_v15_props[] = {
	{ "justification", &string },
	{ "method", &scoreMethod_v15 },
	{ "score", &number },
	{ "severity", &severity_v14 },
	{ "source", &vulnerabilitySource_v14 },
	{ "vector", &string },
};

static const struct cdx_node *const refLinkType_v15_all[] = {
	&refType_v15,
	NULL
};

static const struct cdx_logic refLinkType_v15_logic = {
	.all_of = refLinkType_v15_all,
};

static const struct cdx_limits refType_v15_limits = {
	.has = CDX_L_MIN_LENGTH,
	.min_length = 1,
};

static const struct cdx_prop relatedCryptographicAsset_v17_prop[] = {
	{ "ref", &ref_refType_v15 },
	{ "type", &string },
};

static const struct cdx_node releaseNotes_v14_notes = {
	.types = CDX_T_ARRAY,
	.items = &note_v14,
};

static const struct cdx_prop releaseNotes_v14_props[] = {
	{ "aliases", &string_array },
	{ "description", &string },
	{ "featuredImage", &string_iri_reference },
	{ "notes", &releaseNotes_v14_notes },
	{ "properties", &bom_v15_properties },
	{ "resolves", &patch_v14_resolves },
	{ "socialImage", &string_iri_reference },
	{ "tags", &string_array },
	{ "timestamp", &string_date_time },
	{ "title", &string },
	{ "type", &releaseType_v14 },
};

static const struct cdx_prop releaseNotes_v16_props[] = {
	{ "aliases", &string_array },
	{ "description", &string },
	{ "featuredImage", &string_iri_reference },
	{ "notes", &releaseNotes_v14_notes },
	{ "properties", &bom_v16_properties },
	{ "resolves", &patch_v14_resolves },
	{ "socialImage", &string_iri_reference },
	{ "tags", &tags_v16 },
	{ "timestamp", &string_date_time },
	{ "title", &string },
	{ "type", &releaseType_v14 },
};

static const struct cdx_node *const resourceReferenceChoice_v15_ref_an[] = {
	&ref_refLinkType_v15, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic resourceReferenceChoice_v15_ref_lo = {
	.any_of = resourceReferenceChoice_v15_ref_an,
};

static const struct cdx_node resourceReferenceChoice_v15_ref = {
	.logic = &resourceReferenceChoice_v15_ref_lo,
};

static const struct cdx_prop resourceReferenceChoice_v15_props[] = {
	{ "externalReference", &externalReference_v15 },
	{ "ref", &resourceReferenceChoice_v15_ref },
};

static const struct cdx_node resourceReferenceChoice_v15_one1 = {
	.required = req_dependency_v12,
};

static const struct cdx_node resourceReferenceChoice_v15_one2 = {
	.required = req_resourceReferenceChoice_v15_on,
};

static const struct cdx_node *const resourceReferenceChoice_v15_one[] = {
	&resourceReferenceChoice_v15_one1, &resourceReferenceChoice_v15_one2,
	NULL
};

static const struct cdx_logic resourceReferenceChoice_v15_logic = {
	.one_of = resourceReferenceChoice_v15_one,
};

static const struct cdx_node *const resourceReferenceChoice_v16_ref_an[] = {
	&ref_refLinkType_v16, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic resourceReferenceChoice_v16_ref_lo = {
	.any_of = resourceReferenceChoice_v16_ref_an,
};

static const struct cdx_node resourceReferenceChoice_v16_ref = {
	.logic = &resourceReferenceChoice_v16_ref_lo,
};

static const struct cdx_prop resourceReferenceChoice_v16_props[] = {
	{ "externalReference", &externalReference_v16 },
	{ "ref", &resourceReferenceChoice_v16_ref },
};

static const struct cdx_node *const resourceReferenceChoice_v16_one[] = {
	&resourceReferenceChoice_v15_one1, &resourceReferenceChoice_v15_one2,
	NULL
};

static const struct cdx_logic resourceReferenceChoice_v16_logic = {
	.one_of = resourceReferenceChoice_v16_one,
};

static const struct cdx_node *const resourceReferenceChoice_v17_ref_an[] = {
	&ref_refLinkType_v16, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic resourceReferenceChoice_v17_ref_lo = {
	.any_of = resourceReferenceChoice_v17_ref_an,
};

static const struct cdx_node resourceReferenceChoice_v17_ref = {
	.logic = &resourceReferenceChoice_v17_ref_lo,
};

static const struct cdx_prop resourceReferenceChoice_v17_props[] = {
	{ "externalReference", &externalReference_v17 },
	{ "ref", &resourceReferenceChoice_v17_ref },
};

static const struct cdx_node *const resourceReferenceChoice_v17_one[] = {
	&resourceReferenceChoice_v15_one1, &resourceReferenceChoice_v15_one2,
	NULL
};

static const struct cdx_logic resourceReferenceChoice_v17_logic = {
	.one_of = resourceReferenceChoice_v17_one,
};

static const struct cdx_prop risk_v15_props[] = {
	{ "mitigationStrategy", &string },
	{ "name", &string },
};

static const struct cdx_prop securedBy_v16_props[] = {
	{ "algorithmRef", &ref_refType_v15 },
	{ "mechanism", &string },
};

static const struct cdx_node *const serviceData_v15_destination_item_a[] = {
	&string_iri_reference, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic serviceData_v15_destination_item_l = {
	.any_of = serviceData_v15_destination_item_a,
};

static const struct cdx_node serviceData_v15_destination_item = {
	.logic = &serviceData_v15_destination_item_l,
};

static const struct cdx_node serviceData_v15_destination = {
	.types = CDX_T_ARRAY,
	.items = &serviceData_v15_destination_item,
};

static const struct cdx_node *const serviceData_v15_source_item_any[] = {
	&string_iri_reference, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic serviceData_v15_source_item_logic = {
	.any_of = serviceData_v15_source_item_any,
};

static const struct cdx_node serviceData_v15_source_item = {
	.logic = &serviceData_v15_source_item_logic,
};

static const struct cdx_node serviceData_v15_source = {
	.types = CDX_T_ARRAY,
	.items = &serviceData_v15_source_item,
};

static const struct cdx_prop serviceData_v15_props[] = {
	{ "classification", &dataClassification_v15 },
	{ "description", &string },
	{ "destination", &serviceData_v15_destination },
	{ "flow", &dataFlowDirection_v15 },
	{ "governance", &dataGovernance_v15 },
	{ "name", &string },
	{ "source", &serviceData_v15_source },
};

static const struct cdx_node *const serviceData_v16_destination_item_a[] = {
	&string_iri_reference, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic serviceData_v16_destination_item_l = {
	.any_of = serviceData_v16_destination_item_a,
};

static const struct cdx_node serviceData_v16_destination_item = {
	.logic = &serviceData_v16_destination_item_l,
};

static const struct cdx_node serviceData_v16_destination = {
	.types = CDX_T_ARRAY,
	.items = &serviceData_v16_destination_item,
};

static const struct cdx_node *const serviceData_v16_source_item_any[] = {
	&string_iri_reference, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic serviceData_v16_source_item_logic = {
	.any_of = serviceData_v16_source_item_any,
};

static const struct cdx_node serviceData_v16_source_item = {
	.logic = &serviceData_v16_source_item_logic,
};

static const struct cdx_node serviceData_v16_source = {
	.types = CDX_T_ARRAY,
	.items = &serviceData_v16_source_item,
};

static const struct cdx_prop serviceData_v16_props[] = {
	{ "classification", &dataClassification_v15 },
	{ "description", &string },
	{ "destination", &serviceData_v16_destination },
	{ "flow", &dataFlowDirection_v15 },
	{ "governance", &dataGovernance_v16 },
	{ "name", &string },
	{ "source", &serviceData_v16_source },
};

static const struct cdx_node service_v12_data = {
	.types = CDX_T_ARRAY,
	.items = &dataClassification_v12,
};

static const struct cdx_prop service_v12_licenses_item_props[] = {
	{ "expression", &string },
	{ "license", &license_v12 },
};

static const struct cdx_node *const service_v12_licenses_item_one[] = {
	&component_v12_item_one1, &component_v12_item_one2,
	NULL
};

static const struct cdx_logic service_v12_licenses_item_logic = {
	.one_of = service_v12_licenses_item_one,
};

static const struct cdx_node service_v12_licenses_item = {
	.name = "licenses",
	.nprops = 2,
	.props = service_v12_licenses_item_props,
	.logic = &service_v12_licenses_item_logic,
};

static const struct cdx_node service_v12_licenses = {
	.types = CDX_T_ARRAY,
	.items = &service_v12_licenses_item,
};

static const struct cdx_prop service_v12_props[] = {
	{ "authenticated", &boolean },
	{ "bom-ref", &bom_ref_refType_v12 },
	{ "data", &service_v12_data },
	{ "description", &string },
	{ "endpoints", &array },
	{ "externalReferences", &bom_v12_externalReferences },
	{ "group", &string },
	{ "licenses", &service_v12_licenses },
	{ "name", &string },
	{ "provider", &organizationalEntity_v12 },
	{ "services", &bom_v12_services },
	{ "version", &string },
	{ "x-trust-boundary", &boolean },
};

static const struct cdx_prop service_v13_props[] = {
	{ "authenticated", &boolean },
	{ "bom-ref", &bom_ref_refType_v12 },
	{ "data", &service_v12_data },
	{ "description", &string },
	{ "endpoints", &string_iri_reference_array },
	{ "externalReferences", &bom_v13_externalReferences },
	{ "group", &string },
	{ "licenses", &componentEvidence_v13_licenses },
	{ "name", &string },
	{ "properties", &bom_v15_properties },
	{ "provider", &organizationalEntity_v13 },
	{ "services", &bom_v13_services },
	{ "version", &string },
	{ "x-trust-boundary", &boolean },
};

static const struct cdx_node service_v14_data = {
	.types = CDX_T_ARRAY,
	.items = &dataClassification_v14,
};

static const struct cdx_prop service_v14_props[] = {
	{ "authenticated", &boolean },
	{ "bom-ref", &bom_ref_refType_v12 },
	{ "data", &service_v14_data },
	{ "description", &string },
	{ "endpoints", &string_iri_reference_array },
	{ "externalReferences", &bom_v14_externalReferences },
	{ "group", &string },
	{ "licenses", &componentEvidence_v14_licenses },
	{ "name", &string },
	{ "properties", &bom_v15_properties },
	{ "provider", &organizationalEntity_v14 },
	{ "releaseNotes", &releaseNotes_v14 },
	{ "services", &bom_v14_services },
	{ "signature", &signature_v14 },
	{ "version", &string },
	{ "x-trust-boundary", &boolean },
};

static const struct cdx_node service_v15_data = {
	.types = CDX_T_ARRAY,
	.items = &serviceData_v15,
};

static const struct cdx_prop service_v15_props[] = {
	{ "authenticated", &boolean },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "data", &service_v15_data },
	{ "description", &string },
	{ "endpoints", &string_iri_reference_array },
	{ "externalReferences", &bom_v15_externalReferences },
	{ "group", &string },
	{ "licenses", &licenseChoice_v15 },
	{ "name", &string },
	{ "properties", &bom_v15_properties },
	{ "provider", &organizationalEntity_v15 },
	{ "releaseNotes", &releaseNotes_v14 },
	{ "services", &bom_v15_services },
	{ "signature", &signature_v14 },
	{ "trustZone", &string },
	{ "version", &string },
	{ "x-trust-boundary", &boolean },
};

static const struct cdx_node service_v16_data = {
	.types = CDX_T_ARRAY,
	.items = &serviceData_v16,
};

static const struct cdx_prop service_v16_props[] = {
	{ "authenticated", &boolean },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "data", &service_v16_data },
	{ "description", &string },
	{ "endpoints", &string_iri_reference_array },
	{ "externalReferences", &bom_v16_item_externalReferences },
	{ "group", &string },
	{ "licenses", &licenseChoice_v16 },
	{ "name", &string },
	{ "properties", &bom_v16_properties },
	{ "provider", &organizationalEntity_v16 },
	{ "releaseNotes", &releaseNotes_v16 },
	{ "services", &bom_v16_services },
	{ "signature", &signature_v14 },
	{ "tags", &tags_v16 },
	{ "trustZone", &string },
	{ "version", &version_v16 },
	{ "x-trust-boundary", &boolean },
};

static const struct cdx_prop service_v17_props[] = {
	{ "authenticated", &boolean },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "data", &service_v16_data },
	{ "description", &string },
	{ "endpoints", &string_iri_reference_array },
	{ "externalReferences", &bom_v17_item_externalReferences },
	{ "group", &string },
	{ "licenses", &licenseChoice_v17 },
	{ "name", &string },
	{ "patentAssertions", &patentAssertions_v17 },
	{ "properties", &bom_v16_properties },
	{ "provider", &organizationalEntity_v16 },
	{ "releaseNotes", &releaseNotes_v16 },
	{ "services", &bom_v17_services },
	{ "signature", &signature_v14 },
	{ "tags", &tags_v16 },
	{ "trustZone", &string },
	{ "version", &version_v16 },
	{ "x-trust-boundary", &boolean },
};

static const struct cdx_prop standard_v16_levels_item_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "description", &string },
	{ "identifier", &string },
	{ "requirements", &bom_v16_item_claims },
	{ "title", &string },
};

static const struct cdx_node standard_v16_levels_item = {
	.name = "levels",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = standard_v16_levels_item_props,
};

static const struct cdx_node standard_v16_levels = {
	.types = CDX_T_ARRAY,
	.items = &standard_v16_levels_item,
};

static const struct cdx_node string_cre = {
	.types = CDX_T_STRING,
	.pattern = CDX_PAT_CRE,
};

static const struct cdx_node string_cre_array = {
	.types = CDX_T_ARRAY,
	.items = &string_cre,
};

static const struct cdx_prop standard_v16_requirements_item_pro[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "descriptions", &string_array },
	{ "externalReferences", &bom_v16_item_externalReferences },
	{ "identifier", &string },
	{ "openCre", &string_cre_array },
	{ "parent", &ref_refLinkType_v16 },
	{ "properties", &bom_v16_properties },
	{ "text", &string },
	{ "title", &string },
};

static const struct cdx_node standard_v16_requirements_item = {
	.name = "requirements",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 9,
	.props = standard_v16_requirements_item_pro,
};

static const struct cdx_node standard_v16_requirements = {
	.types = CDX_T_ARRAY,
	.items = &standard_v16_requirements_item,
};

static const struct cdx_prop standard_v16_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "description", &string },
	{ "externalReferences", &bom_v16_item_externalReferences },
	{ "levels", &standard_v16_levels },
	{ "name", &string },
	{ "owner", &string },
	{ "requirements", &standard_v16_requirements },
	{ "signature", &signature_v14 },
	{ "version", &string },
};

static const struct cdx_prop standard_v17_levels_item_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "description", &string },
	{ "identifier", &string },
	{ "requirements", &bom_v16_item_claims },
	{ "title", &string },
};

static const struct cdx_node standard_v17_levels_item = {
	.name = "levels",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = standard_v17_levels_item_props,
};

static const struct cdx_node standard_v17_levels = {
	.types = CDX_T_ARRAY,
	.items = &standard_v17_levels_item,
};

static const struct cdx_prop standard_v17_requirements_item_pro[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "descriptions", &string_array },
	{ "externalReferences", &bom_v17_item_externalReferences },
	{ "identifier", &string },
	{ "openCre", &string_cre_array },
	{ "parent", &ref_refLinkType_v16 },
	{ "properties", &bom_v16_properties },
	{ "text", &string },
	{ "title", &string },
};

static const struct cdx_node standard_v17_requirements_item = {
	.name = "requirements",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 9,
	.props = standard_v17_requirements_item_pro,
};

static const struct cdx_node standard_v17_requirements = {
	.types = CDX_T_ARRAY,
	.items = &standard_v17_requirements_item,
};

static const struct cdx_prop standard_v17_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "description", &string },
	{ "externalReferences", &bom_v17_item_externalReferences },
	{ "levels", &standard_v17_levels },
	{ "name", &string },
	{ "owner", &string },
	{ "requirements", &standard_v17_requirements },
	{ "signature", &signature_v14 },
	{ "version", &string },
};

static const struct cdx_node step_v15_commands = {
	.types = CDX_T_ARRAY,
	.items = &command_v15,
};

static const struct cdx_prop step_v15_props[] = {
	{ "commands", &step_v15_commands },
	{ "description", &string },
	{ "name", &string },
	{ "properties", &bom_v15_properties },
};

static const struct cdx_node step_v16_commands = {
	.types = CDX_T_ARRAY,
	.items = &command_v16,
};

static const struct cdx_prop step_v16_props[] = {
	{ "commands", &step_v16_commands },
	{ "description", &string },
	{ "name", &string },
	{ "properties", &bom_v16_properties },
};

static const struct cdx_prop swid_v12_props[] = {
	{ "name", &string },
	{ "patch", &boolean },
	{ "tagId", &string },
	{ "tagVersion", &integer },
	{ "text", &attachment_v12 },
	{ "url", &string },
	{ "version", &string },
};

static const struct cdx_prop swid_v13_props[] = {
	{ "name", &string },
	{ "patch", &boolean },
	{ "tagId", &string },
	{ "tagVersion", &integer },
	{ "text", &attachment_v12 },
	{ "url", &string_iri_reference },
	{ "version", &string },
};

static const struct cdx_prop swid_v14_props[] = {
	{ "name", &string },
	{ "patch", &boolean },
	{ "tagId", &string },
	{ "tagVersion", &integer },
	{ "text", &attachment_v14 },
	{ "url", &string_iri_reference },
	{ "version", &string },
};

static const struct cdx_node task_v15_inputs = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &inputType_v15,
};

static const struct cdx_node task_v15_outputs = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &outputType_v15,
};

static const struct cdx_node task_v15_resourceReferences = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &resourceReferenceChoice_v15,
};

static const struct cdx_node task_v15_steps = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &step_v15,
};

static const struct cdx_node task_v15_taskTypes = {
	.types = CDX_T_ARRAY,
	.items = &taskType_v15,
};

static const struct cdx_node task_v15_workspaces = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &workspace_v15,
};

static const struct cdx_prop task_v15_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "description", &string },
	{ "inputs", &task_v15_inputs },
	{ "name", &string },
	{ "outputs", &task_v15_outputs },
	{ "properties", &bom_v15_properties },
	{ "resourceReferences", &task_v15_resourceReferences },
	{ "runtimeTopology", &bom_v15_dependencies },
	{ "steps", &task_v15_steps },
	{ "taskTypes", &task_v15_taskTypes },
	{ "timeEnd", &string_date_time },
	{ "timeStart", &string_date_time },
	{ "trigger", &trigger_v15 },
	{ "uid", &string },
	{ "workspaces", &task_v15_workspaces },
};

static const struct cdx_node task_v16_inputs = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &inputType_v16,
};

static const struct cdx_node task_v16_outputs = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &outputType_v16,
};

static const struct cdx_node task_v16_resourceReferences = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &resourceReferenceChoice_v16,
};

static const struct cdx_node task_v16_steps = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &step_v16,
};

static const struct cdx_node task_v16_workspaces = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &workspace_v16,
};

static const struct cdx_prop task_v16_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "description", &string },
	{ "inputs", &task_v16_inputs },
	{ "name", &string },
	{ "outputs", &task_v16_outputs },
	{ "properties", &bom_v16_properties },
	{ "resourceReferences", &task_v16_resourceReferences },
	{ "runtimeTopology", &bom_v16_dependencies },
	{ "steps", &task_v16_steps },
	{ "taskTypes", &task_v15_taskTypes },
	{ "timeEnd", &string_date_time },
	{ "timeStart", &string_date_time },
	{ "trigger", &trigger_v16 },
	{ "uid", &string },
	{ "workspaces", &task_v16_workspaces },
};

static const struct cdx_node task_v17_inputs = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &inputType_v17,
};

static const struct cdx_node task_v17_outputs = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &outputType_v17,
};

static const struct cdx_node task_v17_resourceReferences = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &resourceReferenceChoice_v17,
};

static const struct cdx_node task_v17_workspaces = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &workspace_v17,
};

static const struct cdx_prop task_v17_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "description", &string },
	{ "inputs", &task_v17_inputs },
	{ "name", &string },
	{ "outputs", &task_v17_outputs },
	{ "properties", &bom_v16_properties },
	{ "resourceReferences", &task_v17_resourceReferences },
	{ "runtimeTopology", &bom_v16_dependencies },
	{ "steps", &task_v16_steps },
	{ "taskTypes", &task_v15_taskTypes },
	{ "timeEnd", &string_date_time },
	{ "timeStart", &string_date_time },
	{ "trigger", &trigger_v17 },
	{ "uid", &string },
	{ "workspaces", &task_v17_workspaces },
};

static const struct cdx_prop tool_v12_props[] = {
	{ "hashes", &component_v12_hashes },
	{ "name", &string },
	{ "vendor", &string },
	{ "version", &string },
};

static const struct cdx_prop tool_v14_props[] = {
	{ "externalReferences", &bom_v14_externalReferences },
	{ "hashes", &component_v14_hashes },
	{ "name", &string },
	{ "vendor", &string },
	{ "version", &string },
};

static const struct cdx_prop tool_v15_props[] = {
	{ "externalReferences", &bom_v15_externalReferences },
	{ "hashes", &component_v14_hashes },
	{ "name", &string },
	{ "vendor", &string },
	{ "version", &string },
};

static const struct cdx_prop tool_v16_props[] = {
	{ "externalReferences", &bom_v16_item_externalReferences },
	{ "hashes", &component_v14_hashes },
	{ "name", &string },
	{ "vendor", &string },
	{ "version", &version_v16 },
};

static const struct cdx_prop tool_v17_props[] = {
	{ "externalReferences", &bom_v17_item_externalReferences },
	{ "hashes", &component_v17_hashes },
	{ "name", &string },
	{ "vendor", &string },
	{ "version", &version_v16 },
};

static const struct cdx_node trigger_v15_conditions = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &condition_v15,
};

static const struct cdx_node trigger_v15_type = {
	.types = CDX_T_STRING,
	.enums = enum_trigger_v15_type,
};

static const struct cdx_prop trigger_v15_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "conditions", &trigger_v15_conditions },
	{ "description", &string },
	{ "event", &event_v15 },
	{ "inputs", &task_v15_inputs },
	{ "name", &string },
	{ "outputs", &task_v15_outputs },
	{ "properties", &bom_v15_properties },
	{ "resourceReferences", &task_v15_resourceReferences },
	{ "timeActivated", &string_date_time },
	{ "type", &trigger_v15_type },
	{ "uid", &string },
};

static const struct cdx_node trigger_v16_conditions = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &condition_v16,
};

static const struct cdx_prop trigger_v16_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "conditions", &trigger_v16_conditions },
	{ "description", &string },
	{ "event", &event_v16 },
	{ "inputs", &task_v16_inputs },
	{ "name", &string },
	{ "outputs", &task_v16_outputs },
	{ "properties", &bom_v16_properties },
	{ "resourceReferences", &task_v16_resourceReferences },
	{ "timeActivated", &string_date_time },
	{ "type", &trigger_v15_type },
	{ "uid", &string },
};

static const struct cdx_prop trigger_v17_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "conditions", &trigger_v16_conditions },
	{ "description", &string },
	{ "event", &event_v17 },
	{ "inputs", &task_v17_inputs },
	{ "name", &string },
	{ "outputs", &task_v17_outputs },
	{ "properties", &bom_v16_properties },
	{ "resourceReferences", &task_v17_resourceReferences },
	{ "timeActivated", &string_date_time },
	{ "type", &trigger_v15_type },
	{ "uid", &string },
};

static const struct cdx_limits versionRange_v16_limits = {
	.has = CDX_L_MIN_LENGTH | CDX_L_MAX_LENGTH,
	.min_length = 1,
	.max_length = 4096,
};

static const struct cdx_limits version_v14_limits = {
	.has = CDX_L_MIN_LENGTH | CDX_L_MAX_LENGTH,
	.min_length = 1,
	.max_length = 1024,
};

static const struct cdx_limits version_v16_limits = {
	.has = CDX_L_MAX_LENGTH,
	.max_length = 1024,
};

static const struct cdx_node volume_v15_mode = {
	.types = CDX_T_STRING,
	.enums = enum_volume_v15_mode,
};

static const struct cdx_prop volume_v15_props[] = {
	{ "mode", &volume_v15_mode },
	{ "name", &string },
	{ "path", &string },
	{ "persistent", &boolean },
	{ "properties", &bom_v15_properties },
	{ "remote", &boolean },
	{ "sizeAllocated", &string },
	{ "uid", &string },
};

static const struct cdx_prop volume_v16_props[] = {
	{ "mode", &volume_v15_mode },
	{ "name", &string },
	{ "path", &string },
	{ "persistent", &boolean },
	{ "properties", &bom_v16_properties },
	{ "remote", &boolean },
	{ "sizeAllocated", &string },
	{ "uid", &string },
};

static const struct cdx_prop vulnerabilitySource_v14_props[] = {
	{ "name", &string },
	{ "url", &string },
};

static const struct cdx_node vulnerability_v14_advisories = {
	.types = CDX_T_ARRAY,
	.items = &advisory_v14,
};

static const struct cdx_prop vulnerability_v14_versions_item_pr[] = {
	{ "range", &range_v14 },
	{ "status", &affectedStatus_v14 },
	{ "version", &version_v14 },
};

static const struct cdx_node vulnerability_v14_item_one1 = {
	.required = req_vulnerability_v14_item_one1,
};

static const struct cdx_node vulnerability_v14_item_one2 = {
	.required = req_vulnerability_v14_item_one2,
};

static const struct cdx_node *const vulnerability_v14_versions_item_on[] = {
	&vulnerability_v14_item_one1, &vulnerability_v14_item_one2,
	NULL
};

static const struct cdx_logic vulnerability_v14_versions_item_lo = {
	.one_of = vulnerability_v14_versions_item_on,
};

static const struct cdx_node vulnerability_v14_versions_item = {
	.name = "versions",
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = vulnerability_v14_versions_item_pr,
	.logic = &vulnerability_v14_versions_item_lo,
};

static const struct cdx_node vulnerability_v14_item_versions = {
	.types = CDX_T_ARRAY,
	.items = &vulnerability_v14_versions_item,
};

static const struct cdx_prop vulnerability_v14_affects_item_pro[] = {
	{ "ref", &ref_refType_v12 },
	{ "versions", &vulnerability_v14_item_versions },
};

static const struct cdx_node vulnerability_v14_affects_item = {
	.name = "affects",
	.flags = CDX_F_CLOSED,
	.required = req_dependency_v12,
	.nprops = 2,
	.props = vulnerability_v14_affects_item_pro,
};

static const struct cdx_node vulnerability_v14_affects = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &vulnerability_v14_affects_item,
};

static const struct cdx_node vulnerability_v14_response_item = {
	.types = CDX_T_STRING,
	.enums = enum_vulnerability_v14_response_it,
};

static const struct cdx_node vulnerability_v14_analysis_respons = {
	.types = CDX_T_ARRAY,
	.items = &vulnerability_v14_response_item,
};

static const struct cdx_prop vulnerability_v14_analysis_props[] = {
	{ "detail", &string },
	{ "justification", &impactAnalysisJustification_v14 },
	{ "response", &vulnerability_v14_analysis_respons },
	{ "state", &impactAnalysisState_v14 },
};

static const struct cdx_node vulnerability_v14_analysis = {
	.name = "analysis",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 4,
	.props = vulnerability_v14_analysis_props,
};

static const struct cdx_node vulnerability_v14_credits_organiza = {
	.types = CDX_T_ARRAY,
	.items = &organizationalEntity_v14,
};

static const struct cdx_prop vulnerability_v14_credits_props[] = {
	{ "individuals", &metadata_v14_authors },
	{ "organizations", &vulnerability_v14_credits_organiza },
};

static const struct cdx_node vulnerability_v14_credits = {
	.name = "credits",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = vulnerability_v14_credits_props,
};

static const struct cdx_node vulnerability_v14_cwes = {
	.types = CDX_T_ARRAY,
	.items = &cwe_v14,
};

static const struct cdx_node vulnerability_v14_ratings = {
	.types = CDX_T_ARRAY,
	.items = &rating_v14,
};

static const struct cdx_prop vulnerability_v14_references_item[] = {
	{ "id", &string },
	{ "source", &vulnerabilitySource_v14 },
};

static const struct cdx_node vulnerability_v14_references_item_2 = {
	.name = "references",
	.flags = CDX_F_CLOSED,
	.required = req_vulnerability_v14_references_i,
	.nprops = 2,
	.props = vulnerability_v14_references_item,
};

static const struct cdx_node vulnerability_v14_references = {
	.types = CDX_T_ARRAY,
	.items = &vulnerability_v14_references_item_2,
};

static const struct cdx_prop vulnerability_v14_props[] = {
	{ "advisories", &vulnerability_v14_advisories },
	{ "affects", &vulnerability_v14_affects },
	{ "analysis", &vulnerability_v14_analysis },
	{ "bom-ref", &bom_ref_refType_v12 },
	{ "created", &string_date_time },
	{ "credits", &vulnerability_v14_credits },
	{ "cwes", &vulnerability_v14_cwes },
	{ "description", &string },
	{ "detail", &string },
	{ "id", &string },
	{ "properties", &bom_v15_properties },
	{ "published", &string_date_time },
	{ "ratings", &vulnerability_v14_ratings },
	{ "recommendation", &string },
	{ "references", &vulnerability_v14_references },
	{ "source", &vulnerabilitySource_v14 },
	{ "tools", &metadata_v14_tools },
	{ "updated", &string_date_time },
};

static const struct cdx_node *const vulnerability_v15_item_ref_any[] = {
	&ref_refLinkType_v15, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic vulnerability_v15_item_ref_logic = {
	.any_of = vulnerability_v15_item_ref_any,
};

static const struct cdx_node vulnerability_v15_item_ref = {
	.logic = &vulnerability_v15_item_ref_logic,
};

static const struct cdx_prop vulnerability_v15_versions_item_pr[] = {
	{ "range", &range_v14 },
	{ "status", &affectedStatus_v14 },
	{ "version", &version_v14 },
};

static const struct cdx_node *const vulnerability_v15_versions_item_on[] = {
	&vulnerability_v14_item_one1, &vulnerability_v14_item_one2,
	NULL
};

static const struct cdx_logic vulnerability_v15_versions_item_lo = {
	.one_of = vulnerability_v15_versions_item_on,
};

static const struct cdx_node vulnerability_v15_versions_item = {
	.name = "versions",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = vulnerability_v15_versions_item_pr,
	.logic = &vulnerability_v15_versions_item_lo,
};

static const struct cdx_node vulnerability_v15_item_versions = {
	.types = CDX_T_ARRAY,
	.items = &vulnerability_v15_versions_item,
};

static const struct cdx_prop vulnerability_v15_affects_item_pro[] = {
	{ "ref", &vulnerability_v15_item_ref },
	{ "versions", &vulnerability_v15_item_versions },
};

static const struct cdx_node vulnerability_v15_affects_item = {
	.name = "affects",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_dependency_v12,
	.nprops = 2,
	.props = vulnerability_v15_affects_item_pro,
};

static const struct cdx_node vulnerability_v15_affects = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &vulnerability_v15_affects_item,
};

static const struct cdx_prop vulnerability_v15_analysis_props[] = {
	{ "detail", &string },
	{ "firstIssued", &string_date_time },
	{ "justification", &impactAnalysisJustification_v14 },
	{ "lastUpdated", &string_date_time },
	{ "response", &vulnerability_v14_analysis_respons },
	{ "state", &impactAnalysisState_v14 },
};

static const struct cdx_node vulnerability_v15_analysis = {
	.name = "analysis",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 6,
	.props = vulnerability_v15_analysis_props,
};

static const struct cdx_node vulnerability_v15_credits_organiza = {
	.types = CDX_T_ARRAY,
	.items = &organizationalEntity_v15,
};

static const struct cdx_prop vulnerability_v15_credits_props[] = {
	{ "individuals", &component_v16_authors },
	{ "organizations", &vulnerability_v15_credits_organiza },
};

static const struct cdx_node vulnerability_v15_credits = {
	.name = "credits",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = vulnerability_v15_credits_props,
};

static const struct cdx_node vulnerability_v15_proofOfConcept_s = {
	.types = CDX_T_ARRAY,
	.items = &attachment_v14,
};

static const struct cdx_prop vulnerability_v15_proofOfConcept_p[] = {
	{ "environment", &string },
	{ "reproductionSteps", &string },
	{ "supportingMaterial", &vulnerability_v15_proofOfConcept_s },
};

static const struct cdx_node vulnerability_v15_proofOfConcept = {
	.name = "proofOfConcept",
	.types = CDX_T_OBJECT,
	.nprops = 3,
	.props = vulnerability_v15_proofOfConcept_p,
};

static const struct cdx_node vulnerability_v15_ratings = {
	.types = CDX_T_ARRAY,
	.items = &rating_v15,
};

static const struct cdx_prop vulnerability_v15_references_item[] = {
	{ "id", &string },
	{ "source", &vulnerabilitySource_v14 },
};

static const struct cdx_node vulnerability_v15_references_item_2 = {
	.name = "references",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_vulnerability_v14_references_i,
	.nprops = 2,
	.props = vulnerability_v15_references_item,
};

static const struct cdx_node vulnerability_v15_references = {
	.types = CDX_T_ARRAY,
	.items = &vulnerability_v15_references_item_2,
};

static const struct cdx_prop vulnerability_v15_tools_one1_props[] = {
	{ "components", &bom_v15_components },
	{ "services", &bom_v15_services },
};

static const struct cdx_node vulnerability_v15_tools_one1 = {
	.name = "tools",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = vulnerability_v15_tools_one1_props,
};

static const struct cdx_node *const vulnerability_v15_tools_one[] = {
	&vulnerability_v15_tools_one1, &metadata_v15_tools_one2,
	NULL
};

static const struct cdx_logic vulnerability_v15_tools_logic = {
	.one_of = vulnerability_v15_tools_one,
};

static const struct cdx_node vulnerability_v15_tools = {
	.logic = &vulnerability_v15_tools_logic,
};

static const struct cdx_prop vulnerability_v15_props[] = {
	{ "advisories", &vulnerability_v14_advisories },
	{ "affects", &vulnerability_v15_affects },
	{ "analysis", &vulnerability_v15_analysis },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "created", &string_date_time },
	{ "credits", &vulnerability_v15_credits },
	{ "cwes", &vulnerability_v14_cwes },
	{ "description", &string },
	{ "detail", &string },
	{ "id", &string },
	{ "proofOfConcept", &vulnerability_v15_proofOfConcept },
	{ "properties", &bom_v15_properties },
	{ "published", &string_date_time },
	{ "ratings", &vulnerability_v15_ratings },
	{ "recommendation", &string },
	{ "references", &vulnerability_v15_references },
	{ "rejected", &string_date_time },
	{ "source", &vulnerabilitySource_v14 },
	{ "tools", &vulnerability_v15_tools },
	{ "updated", &string_date_time },
	{ "workaround", &string },
};

static const struct cdx_node *const vulnerability_v16_item_ref_any[] = {
	&ref_refLinkType_v16, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic vulnerability_v16_item_ref_logic = {
	.any_of = vulnerability_v16_item_ref_any,
};

static const struct cdx_node vulnerability_v16_item_ref = {
	.logic = &vulnerability_v16_item_ref_logic,
};

static const struct cdx_prop vulnerability_v16_versions_item_pr[] = {
	{ "range", &versionRange_v16 },
	{ "status", &affectedStatus_v14 },
	{ "version", &version_v16 },
};

static const struct cdx_node *const vulnerability_v16_versions_item_on[] = {
	&vulnerability_v14_item_one1, &vulnerability_v14_item_one2,
	NULL
};

static const struct cdx_logic vulnerability_v16_versions_item_lo = {
	.one_of = vulnerability_v16_versions_item_on,
};

static const struct cdx_node vulnerability_v16_versions_item = {
	.name = "versions",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = vulnerability_v16_versions_item_pr,
	.logic = &vulnerability_v16_versions_item_lo,
};

static const struct cdx_node vulnerability_v16_item_versions = {
	.types = CDX_T_ARRAY,
	.items = &vulnerability_v16_versions_item,
};

static const struct cdx_prop vulnerability_v16_affects_item_pro[] = {
	{ "ref", &vulnerability_v16_item_ref },
	{ "versions", &vulnerability_v16_item_versions },
};

static const struct cdx_node vulnerability_v16_affects_item = {
	.name = "affects",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_dependency_v12,
	.nprops = 2,
	.props = vulnerability_v16_affects_item_pro,
};

static const struct cdx_node vulnerability_v16_affects = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &vulnerability_v16_affects_item,
};

static const struct cdx_prop vulnerability_v16_analysis_props[] = {
	{ "detail", &string },
	{ "firstIssued", &string_date_time },
	{ "justification", &impactAnalysisJustification_v14 },
	{ "lastUpdated", &string_date_time },
	{ "response", &vulnerability_v14_analysis_respons },
	{ "state", &impactAnalysisState_v14 },
};

static const struct cdx_node vulnerability_v16_analysis = {
	.name = "analysis",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 6,
	.props = vulnerability_v16_analysis_props,
};

static const struct cdx_prop vulnerability_v16_credits_props[] = {
	{ "individuals", &component_v16_authors },
	{ "organizations", &bom_v16_targets_organizations },
};

static const struct cdx_node vulnerability_v16_credits = {
	.name = "credits",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = vulnerability_v16_credits_props,
};

static const struct cdx_prop vulnerability_v16_proofOfConcept_p[] = {
	{ "environment", &string },
	{ "reproductionSteps", &string },
	{ "supportingMaterial", &vulnerability_v15_proofOfConcept_s },
};

static const struct cdx_node vulnerability_v16_proofOfConcept = {
	.name = "proofOfConcept",
	.types = CDX_T_OBJECT,
	.nprops = 3,
	.props = vulnerability_v16_proofOfConcept_p,
};

static const struct cdx_prop vulnerability_v16_references_item[] = {
	{ "id", &string },
	{ "source", &vulnerabilitySource_v14 },
};

static const struct cdx_node vulnerability_v16_references_item_2 = {
	.name = "references",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_vulnerability_v14_references_i,
	.nprops = 2,
	.props = vulnerability_v16_references_item,
};

static const struct cdx_node vulnerability_v16_references = {
	.types = CDX_T_ARRAY,
	.items = &vulnerability_v16_references_item_2,
};

static const struct cdx_prop vulnerability_v16_tools_one1_props[] = {
	{ "components", &bom_v16_components },
	{ "services", &bom_v16_services },
};

static const struct cdx_node vulnerability_v16_tools_one1 = {
	.name = "tools",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = vulnerability_v16_tools_one1_props,
};

static const struct cdx_node *const vulnerability_v16_tools_one[] = {
	&vulnerability_v16_tools_one1, &metadata_v16_tools_one2,
	NULL
};

static const struct cdx_logic vulnerability_v16_tools_logic = {
	.one_of = vulnerability_v16_tools_one,
};

static const struct cdx_node vulnerability_v16_tools = {
	.logic = &vulnerability_v16_tools_logic,
};

static const struct cdx_prop vulnerability_v16_props[] = {
	{ "advisories", &vulnerability_v14_advisories },
	{ "affects", &vulnerability_v16_affects },
	{ "analysis", &vulnerability_v16_analysis },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "created", &string_date_time },
	{ "credits", &vulnerability_v16_credits },
	{ "cwes", &vulnerability_v14_cwes },
	{ "description", &string },
	{ "detail", &string },
	{ "id", &string },
	{ "proofOfConcept", &vulnerability_v16_proofOfConcept },
	{ "properties", &bom_v16_properties },
	{ "published", &string_date_time },
	{ "ratings", &vulnerability_v15_ratings },
	{ "recommendation", &string },
	{ "references", &vulnerability_v16_references },
	{ "rejected", &string_date_time },
	{ "source", &vulnerabilitySource_v14 },
	{ "tools", &vulnerability_v16_tools },
	{ "updated", &string_date_time },
	{ "workaround", &string },
};

static const struct cdx_node *const vulnerability_v17_item_ref_any[] = {
	&ref_refLinkType_v16, &bomLinkElementType_v15,
	NULL
};

static const struct cdx_logic vulnerability_v17_item_ref_logic = {
	.any_of = vulnerability_v17_item_ref_any,
};

static const struct cdx_node vulnerability_v17_item_ref = {
	.logic = &vulnerability_v17_item_ref_logic,
};

static const struct cdx_prop vulnerability_v17_versions_item_pr[] = {
	{ "range", &versionRange_v16 },
	{ "status", &affectedStatus_v14 },
	{ "version", &version_v16 },
};

static const struct cdx_node *const vulnerability_v17_versions_item_on[] = {
	&vulnerability_v14_item_one1, &vulnerability_v14_item_one2,
	NULL
};

static const struct cdx_logic vulnerability_v17_versions_item_lo = {
	.one_of = vulnerability_v17_versions_item_on,
};

static const struct cdx_node vulnerability_v17_versions_item = {
	.name = "versions",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = vulnerability_v17_versions_item_pr,
	.logic = &vulnerability_v17_versions_item_lo,
};

static const struct cdx_node vulnerability_v17_item_versions = {
	.types = CDX_T_ARRAY,
	.items = &vulnerability_v17_versions_item,
};

static const struct cdx_prop vulnerability_v17_affects_item_pro[] = {
	{ "ref", &vulnerability_v17_item_ref },
	{ "versions", &vulnerability_v17_item_versions },
};

static const struct cdx_node vulnerability_v17_affects_item = {
	.name = "affects",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_dependency_v12,
	.nprops = 2,
	.props = vulnerability_v17_affects_item_pro,
};

static const struct cdx_node vulnerability_v17_affects = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &vulnerability_v17_affects_item,
};

static const struct cdx_prop vulnerability_v17_analysis_props[] = {
	{ "detail", &string },
	{ "firstIssued", &string_date_time },
	{ "justification", &impactAnalysisJustification_v14 },
	{ "lastUpdated", &string_date_time },
	{ "response", &vulnerability_v14_analysis_respons },
	{ "state", &impactAnalysisState_v14 },
};

static const struct cdx_node vulnerability_v17_analysis = {
	.name = "analysis",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 6,
	.props = vulnerability_v17_analysis_props,
};

static const struct cdx_prop vulnerability_v17_credits_props[] = {
	{ "individuals", &component_v16_authors },
	{ "organizations", &bom_v16_targets_organizations },
};

static const struct cdx_node vulnerability_v17_credits = {
	.name = "credits",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = vulnerability_v17_credits_props,
};

static const struct cdx_prop vulnerability_v17_proofOfConcept_p[] = {
	{ "environment", &string },
	{ "reproductionSteps", &string },
	{ "supportingMaterial", &vulnerability_v15_proofOfConcept_s },
};

static const struct cdx_node vulnerability_v17_proofOfConcept = {
	.name = "proofOfConcept",
	.types = CDX_T_OBJECT,
	.nprops = 3,
	.props = vulnerability_v17_proofOfConcept_p,
};

static const struct cdx_prop vulnerability_v17_references_item[] = {
	{ "id", &string },
	{ "source", &vulnerabilitySource_v14 },
};

static const struct cdx_node vulnerability_v17_references_item_2 = {
	.name = "references",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_vulnerability_v14_references_i,
	.nprops = 2,
	.props = vulnerability_v17_references_item,
};

static const struct cdx_node vulnerability_v17_references = {
	.types = CDX_T_ARRAY,
	.items = &vulnerability_v17_references_item_2,
};

static const struct cdx_prop vulnerability_v17_tools_one1_props[] = {
	{ "components", &bom_v17_components },
	{ "services", &bom_v17_services },
};

static const struct cdx_node vulnerability_v17_tools_one1 = {
	.name = "tools",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = vulnerability_v17_tools_one1_props,
};

static const struct cdx_node *const vulnerability_v17_tools_one[] = {
	&vulnerability_v17_tools_one1, &metadata_v17_tools_one2,
	NULL
};

static const struct cdx_logic vulnerability_v17_tools_logic = {
	.one_of = vulnerability_v17_tools_one,
};

static const struct cdx_node vulnerability_v17_tools = {
	.logic = &vulnerability_v17_tools_logic,
};

static const struct cdx_prop vulnerability_v17_props[] = {
	{ "advisories", &vulnerability_v14_advisories },
	{ "affects", &vulnerability_v17_affects },
	{ "analysis", &vulnerability_v17_analysis },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "created", &string_date_time },
	{ "credits", &vulnerability_v17_credits },
	{ "cwes", &vulnerability_v14_cwes },
	{ "description", &string },
	{ "detail", &string },
	{ "id", &string },
	{ "proofOfConcept", &vulnerability_v17_proofOfConcept },
	{ "properties", &bom_v16_properties },
	{ "published", &string_date_time },
	{ "ratings", &vulnerability_v15_ratings },
	{ "recommendation", &string },
	{ "references", &vulnerability_v17_references },
	{ "rejected", &string_date_time },
	{ "source", &vulnerabilitySource_v14 },
	{ "tools", &vulnerability_v17_tools },
	{ "updated", &string_date_time },
	{ "workaround", &string },
};

static const struct cdx_node workflow_v15_tasks = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &task_v15,
};

static const struct cdx_prop workflow_v15_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "description", &string },
	{ "inputs", &task_v15_inputs },
	{ "name", &string },
	{ "outputs", &task_v15_outputs },
	{ "properties", &bom_v15_properties },
	{ "resourceReferences", &task_v15_resourceReferences },
	{ "runtimeTopology", &bom_v15_dependencies },
	{ "steps", &task_v15_steps },
	{ "taskDependencies", &bom_v15_dependencies },
	{ "taskTypes", &task_v15_taskTypes },
	{ "tasks", &workflow_v15_tasks },
	{ "timeEnd", &string_date_time },
	{ "timeStart", &string_date_time },
	{ "trigger", &trigger_v15 },
	{ "uid", &string },
	{ "workspaces", &task_v15_workspaces },
};

static const struct cdx_node workflow_v16_tasks = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &task_v16,
};

static const struct cdx_prop workflow_v16_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "description", &string },
	{ "inputs", &task_v16_inputs },
	{ "name", &string },
	{ "outputs", &task_v16_outputs },
	{ "properties", &bom_v16_properties },
	{ "resourceReferences", &task_v16_resourceReferences },
	{ "runtimeTopology", &bom_v16_dependencies },
	{ "steps", &task_v16_steps },
	{ "taskDependencies", &bom_v16_dependencies },
	{ "taskTypes", &task_v15_taskTypes },
	{ "tasks", &workflow_v16_tasks },
	{ "timeEnd", &string_date_time },
	{ "timeStart", &string_date_time },
	{ "trigger", &trigger_v16 },
	{ "uid", &string },
	{ "workspaces", &task_v16_workspaces },
};

static const struct cdx_node workflow_v17_tasks = {
	.types = CDX_T_ARRAY,
	.flags = CDX_F_UNIQUE,
	.items = &task_v17,
};

static const struct cdx_prop workflow_v17_props[] = {
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "description", &string },
	{ "inputs", &task_v17_inputs },
	{ "name", &string },
	{ "outputs", &task_v17_outputs },
	{ "properties", &bom_v16_properties },
	{ "resourceReferences", &task_v17_resourceReferences },
	{ "runtimeTopology", &bom_v16_dependencies },
	{ "steps", &task_v16_steps },
	{ "taskDependencies", &bom_v16_dependencies },
	{ "taskTypes", &task_v15_taskTypes },
	{ "tasks", &workflow_v17_tasks },
	{ "timeEnd", &string_date_time },
	{ "timeStart", &string_date_time },
	{ "trigger", &trigger_v17 },
	{ "uid", &string },
	{ "workspaces", &task_v17_workspaces },
};

static const struct cdx_node workspace_v15_accessMode = {
	.types = CDX_T_STRING,
	.enums = enum_workspace_v15_accessMode,
};

static const struct cdx_prop workspace_v15_props[] = {
	{ "accessMode", &workspace_v15_accessMode },
	{ "aliases", &string_array },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "description", &string },
	{ "managedDataType", &string },
	{ "mountPath", &string },
	{ "name", &string },
	{ "properties", &bom_v15_properties },
	{ "resourceReferences", &task_v15_resourceReferences },
	{ "uid", &string },
	{ "volume", &volume_v15 },
	{ "volumeRequest", &string },
};

static const struct cdx_prop workspace_v16_props[] = {
	{ "accessMode", &workspace_v15_accessMode },
	{ "aliases", &string_array },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "description", &string },
	{ "managedDataType", &string },
	{ "mountPath", &string },
	{ "name", &string },
	{ "properties", &bom_v16_properties },
	{ "resourceReferences", &task_v16_resourceReferences },
	{ "uid", &string },
	{ "volume", &volume_v16 },
	{ "volumeRequest", &string },
};

static const struct cdx_prop workspace_v17_props[] = {
	{ "accessMode", &workspace_v15_accessMode },
	{ "aliases", &string_array },
	{ "bom-ref", &bom_ref_refType_v15 },
	{ "description", &string },
	{ "managedDataType", &string },
	{ "mountPath", &string },
	{ "name", &string },
	{ "properties", &bom_v16_properties },
	{ "resourceReferences", &task_v17_resourceReferences },
	{ "uid", &string },
	{ "volume", &volume_v16 },
	{ "volumeRequest", &string },
};

/* The definitions, by name; a comment lists the versions. */

/* advisory: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node advisory_v14 = {
	.name = "advisory",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_advisory_v14,
	.nprops = 2,
	.props = advisory_v14_props,
};

/* affectedStatus: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node affectedStatus_v14 = {
	.name = "affectedStatus",
	.types = CDX_T_STRING,
	.enums = enum_affectedStatus_v14,
};

/* aggregateType: 1.3, 1.4 */
static const struct cdx_node aggregateType_v13 = {
	.name = "aggregateType",
	.types = CDX_T_STRING,
	.enums = enum_aggregateType_v13,
};

/* aggregateType: 1.5, 1.6, 1.7 */
static const struct cdx_node aggregateType_v15 = {
	.name = "aggregateType",
	.types = CDX_T_STRING,
	.enums = enum_aggregateType_v15,
};

/* annotations: 1.5 */
static const struct cdx_node annotations_v15 = {
	.name = "annotations",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_annotations_v15,
	.nprops = 6,
	.props = annotations_v15_props,
};

/* annotations: 1.6 */
static const struct cdx_node annotations_v16 = {
	.name = "annotations",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_annotations_v15,
	.nprops = 6,
	.props = annotations_v16_props,
};

/* annotations: 1.7 */
static const struct cdx_node annotations_v17 = {
	.name = "annotations",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_annotations_v15,
	.nprops = 6,
	.props = annotations_v17_props,
};

/* attachment: 1.2, 1.3 */
static const struct cdx_node attachment_v12 = {
	.name = "attachment",
	.types = CDX_T_OBJECT,
	.required = req_attachment_v12,
	.nprops = 3,
	.props = attachment_v12_props,
};

/* attachment: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node attachment_v14 = {
	.name = "attachment",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_attachment_v12,
	.nprops = 3,
	.props = attachment_v14_props,
};

/* bomLinkDocumentType: 1.5, 1.6, 1.7 */
static const struct cdx_node bomLinkDocumentType_v15 = {
	.name = "bomLinkDocumentType",
	.types = CDX_T_STRING,
	.format = CDX_FMT_IRI_REFERENCE,
	.pattern = CDX_PAT_BOM_LINK_DOCUMENT,
};

/* bomLinkElementType: 1.5, 1.6, 1.7 */
static const struct cdx_node bomLinkElementType_v15 = {
	.name = "bomLinkElementType",
	.types = CDX_T_STRING,
	.format = CDX_FMT_IRI_REFERENCE,
	.pattern = CDX_PAT_BOM_LINK_ELEMENT,
};

/* bomLink: 1.5, 1.6, 1.7 */
static const struct cdx_node bomLink_v15 = {
	.name = "bomLink",
	.logic = &bomLink_v15_logic,
};

/* bom: 1.2 */
static const struct cdx_node bom_v12 = {
	.name = "bom",
	.types = CDX_T_OBJECT,
	.required = req_bom_v12,
	.nprops = 9,
	.props = bom_v12_props,
};

/* bom: 1.3 */
static const struct cdx_node bom_v13 = {
	.name = "bom",
	.types = CDX_T_OBJECT,
	.required = req_bom_v12,
	.nprops = 10,
	.props = bom_v13_props,
};

/* bom: 1.4 */
static const struct cdx_node bom_v14 = {
	.name = "bom",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_bom_v12,
	.nprops = 13,
	.props = bom_v14_props,
};

/* bom: 1.5 */
static const struct cdx_node bom_v15 = {
	.name = "bom",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_bom_v12,
	.nprops = 16,
	.props = bom_v15_props,
};

/* bom: 1.6 */
static const struct cdx_node bom_v16 = {
	.name = "bom",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_bom_v12,
	.nprops = 18,
	.props = bom_v16_props,
};

/* bom: 1.7 */
static const struct cdx_node bom_v17 = {
	.name = "bom",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_bom_v12,
	.nprops = 19,
	.props = bom_v17_props,
};

/* cipherSuite: 1.6 */
static const struct cdx_node cipherSuite_v16 = {
	.name = "cipherSuite",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = cipherSuite_v16_props,
};

/* cipherSuite: 1.7 */
static const struct cdx_node cipherSuite_v17 = {
	.name = "cipherSuite",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = cipherSuite_v17_props,
};

/* citation: 1.7 */
static const struct cdx_node citation_v17 = {
	.name = "citation",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_citation_v17,
	.nprops = 8,
	.props = citation_v17_props,
	.logic = &citation_v17_logic,
};

/* co2Measure: 1.6, 1.7 */
static const struct cdx_node co2Measure_v16 = {
	.name = "co2Measure",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_co2Measure_v16,
	.nprops = 2,
	.props = co2Measure_v16_props,
};

/* command: 1.5 */
static const struct cdx_node command_v15 = {
	.name = "command",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = command_v15_props,
};

/* command: 1.6, 1.7 */
static const struct cdx_node command_v16 = {
	.name = "command",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = command_v16_props,
};

/* commit: 1.2, 1.3 */
static const struct cdx_node commit_v12 = {
	.name = "commit",
	.types = CDX_T_OBJECT,
	.nprops = 5,
	.props = commit_v12_props,
};

/* commit: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node commit_v14 = {
	.name = "commit",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = commit_v14_props,
};

/* componentData: 1.5 */
static const struct cdx_node componentData_v15 = {
	.name = "componentData",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_componentData_v15,
	.nprops = 9,
	.props = componentData_v15_props,
};

/* componentData: 1.6, 1.7 */
static const struct cdx_node componentData_v16 = {
	.name = "componentData",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_componentData_v15,
	.nprops = 9,
	.props = componentData_v16_props,
};

/* componentEvidence: 1.3 */
static const struct cdx_node componentEvidence_v13 = {
	.name = "componentEvidence",
	.types = CDX_T_OBJECT,
	.nprops = 2,
	.props = componentEvidence_v13_props,
};

/* componentEvidence: 1.4 */
static const struct cdx_node componentEvidence_v14 = {
	.name = "componentEvidence",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = componentEvidence_v14_props,
};

/* componentEvidence: 1.5 */
static const struct cdx_node componentEvidence_v15 = {
	.name = "componentEvidence",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = componentEvidence_v15_props,
};

/* componentEvidence: 1.6 */
static const struct cdx_node componentEvidence_v16 = {
	.name = "componentEvidence",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = componentEvidence_v16_props,
};

/* componentEvidence: 1.7 */
static const struct cdx_node componentEvidence_v17 = {
	.name = "componentEvidence",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = componentEvidence_v17_props,
};

/* componentIdentityEvidence: 1.6, 1.7 */
static const struct cdx_node componentIdentityEvidence_v16 = {
	.name = "componentIdentityEvidence",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_componentEvidence_v15_identity,
	.nprops = 5,
	.props = componentIdentityEvidence_v16_prop,
};

/* component: 1.2 */
static const struct cdx_node component_v12 = {
	.name = "component",
	.types = CDX_T_OBJECT,
	.required = req_component_v12,
	.nprops = 21,
	.props = component_v12_props,
};

/* component: 1.3 */
static const struct cdx_node component_v13 = {
	.name = "component",
	.types = CDX_T_OBJECT,
	.required = req_component_v12,
	.nprops = 23,
	.props = component_v13_props,
};

/* component: 1.4 */
static const struct cdx_node component_v14 = {
	.name = "component",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_component_v14,
	.nprops = 25,
	.props = component_v14_props,
};

/* component: 1.5 */
static const struct cdx_node component_v15 = {
	.name = "component",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_component_v14,
	.nprops = 27,
	.props = component_v15_props,
};

/* component: 1.6 */
static const struct cdx_node component_v16 = {
	.name = "component",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_component_v14,
	.nprops = 33,
	.props = component_v16_props,
};

/* component: 1.7 */
static const struct cdx_node component_v17 = {
	.name = "component",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_component_v14,
	.nprops = 36,
	.props = component_v17_props,
	.logic = &component_v17_logic,
};

/* compositions: 1.3 */
static const struct cdx_node compositions_v13 = {
	.name = "compositions",
	.types = CDX_T_OBJECT,
	.required = req_compositions_v13,
	.nprops = 3,
	.props = compositions_v13_props,
};

/* compositions: 1.4 */
static const struct cdx_node compositions_v14 = {
	.name = "compositions",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_compositions_v13,
	.nprops = 4,
	.props = compositions_v14_props,
};

/* compositions: 1.5 */
static const struct cdx_node compositions_v15 = {
	.name = "compositions",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_compositions_v13,
	.nprops = 6,
	.props = compositions_v15_props,
};

/* compositions: 1.6, 1.7 */
static const struct cdx_node compositions_v16 = {
	.name = "compositions",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_compositions_v13,
	.nprops = 6,
	.props = compositions_v16_props,
};

/* condition: 1.5 */
static const struct cdx_node condition_v15 = {
	.name = "condition",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = condition_v15_props,
};

/* condition: 1.6, 1.7 */
static const struct cdx_node condition_v16 = {
	.name = "condition",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = condition_v16_props,
};

/* copyright: 1.3 */
static const struct cdx_node copyright_v13 = {
	.name = "copyright",
	.types = CDX_T_OBJECT,
	.required = req_copyright_v13,
	.nprops = 1,
	.props = copyright_v13_props,
};

/* copyright: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node copyright_v14 = {
	.name = "copyright",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_copyright_v13,
	.nprops = 1,
	.props = copyright_v14_props,
};

/* cryptoProperties: 1.6 */
static const struct cdx_node cryptoProperties_v16 = {
	.name = "cryptoProperties",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_cryptoProperties_v16,
	.nprops = 6,
	.props = cryptoProperties_v16_props,
};

/* cryptoProperties: 1.7 */
static const struct cdx_node cryptoProperties_v17 = {
	.name = "cryptoProperties",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_cryptoProperties_v16,
	.nprops = 6,
	.props = cryptoProperties_v17_props,
};

/* cryptoRefArray: 1.6, 1.7 */
static const struct cdx_node cryptoRefArray_v16 = {
	.name = "cryptoRefArray",
	.types = CDX_T_ARRAY,
	.items = &ref_refType_v15,
};

/* algorithmFamiliesEnum: 1.7 */
static const struct cdx_node crypto_algorithmFamiliesEnum_v17 = {
	.name = "algorithmFamiliesEnum",
	.types = CDX_T_STRING,
	.enums = enum_crypto_algorithmFamiliesEnum,
};

/* ellipticCurvesEnum: 1.7 */
static const struct cdx_node crypto_ellipticCurvesEnum_v17 = {
	.name = "ellipticCurvesEnum",
	.types = CDX_T_STRING,
	.enums = enum_crypto_ellipticCurvesEnum_v17,
};

/* cwe: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node cwe_v14 = {
	.name = "cwe",
	.types = CDX_T_INTEGER,
	.limits = &cwe_v14_limits,
};

/* dataClassification: 1.2, 1.3 */
static const struct cdx_node dataClassification_v12 = {
	.name = "dataClassification",
	.types = CDX_T_OBJECT,
	.required = req_dataClassification_v12,
	.nprops = 2,
	.props = dataClassification_v12_props,
};

/* dataClassification: 1.4 */
static const struct cdx_node dataClassification_v14 = {
	.name = "dataClassification",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_dataClassification_v12,
	.nprops = 2,
	.props = dataClassification_v14_props,
};

/* dataClassification: 1.5, 1.6, 1.7 */
static const struct cdx_node dataClassification_v15 = {
	.name = "dataClassification",
	.types = CDX_T_STRING,
};

/* dataFlowDirection: 1.5, 1.6, 1.7 */
static const struct cdx_node dataFlowDirection_v15 = {
	.name = "dataFlowDirection",
	.types = CDX_T_STRING,
	.enums = enum_dataFlowDirection_v15,
};

/* dataFlow: 1.2, 1.3, 1.4 */
static const struct cdx_node dataFlow_v12 = {
	.name = "dataFlow",
	.types = CDX_T_STRING,
	.enums = enum_dataFlowDirection_v15,
};

/* dataGovernanceResponsibleParty: 1.5 */
static const struct cdx_node dataGovernanceResponsibleParty_v15 = {
	.name = "dataGovernanceResponsibleParty",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = dataGovernanceResponsibleParty_v15_2,
	.logic = &dataGovernanceResponsibleParty_v15_5,
};

/* dataGovernanceResponsibleParty: 1.6, 1.7 */
static const struct cdx_node dataGovernanceResponsibleParty_v16 = {
	.name = "dataGovernanceResponsibleParty",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = dataGovernanceResponsibleParty_v16_2,
	.logic = &dataGovernanceResponsibleParty_v16_4,
};

/* dataGovernance: 1.5 */
static const struct cdx_node dataGovernance_v15 = {
	.name = "dataGovernance",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = dataGovernance_v15_props,
};

/* dataGovernance: 1.6, 1.7 */
static const struct cdx_node dataGovernance_v16 = {
	.name = "dataGovernance",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = dataGovernance_v16_props,
};

/* dependency: 1.2, 1.3 */
static const struct cdx_node dependency_v12 = {
	.name = "dependency",
	.types = CDX_T_OBJECT,
	.required = req_dependency_v12,
	.nprops = 2,
	.props = dependency_v12_props,
};

/* dependency: 1.4 */
static const struct cdx_node dependency_v14 = {
	.name = "dependency",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_dependency_v12,
	.nprops = 2,
	.props = dependency_v14_props,
};

/* dependency: 1.5 */
static const struct cdx_node dependency_v15 = {
	.name = "dependency",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_dependency_v12,
	.nprops = 2,
	.props = dependency_v15_props,
};

/* dependency: 1.6, 1.7 */
static const struct cdx_node dependency_v16 = {
	.name = "dependency",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_dependency_v12,
	.nprops = 3,
	.props = dependency_v16_props,
};

/* diff: 1.2 */
static const struct cdx_node diff_v12 = {
	.name = "diff",
	.types = CDX_T_OBJECT,
	.nprops = 2,
	.props = diff_v12_props,
};

/* diff: 1.3 */
static const struct cdx_node diff_v13 = {
	.name = "diff",
	.types = CDX_T_OBJECT,
	.nprops = 2,
	.props = diff_v13_props,
};

/* diff: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node diff_v14 = {
	.name = "diff",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = diff_v14_props,
};

/* energyConsumption: 1.6 */
static const struct cdx_node energyConsumption_v16 = {
	.name = "energyConsumption",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_energyConsumption_v16,
	.nprops = 6,
	.props = energyConsumption_v16_props,
};

/* energyConsumption: 1.7 */
static const struct cdx_node energyConsumption_v17 = {
	.name = "energyConsumption",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_energyConsumption_v16,
	.nprops = 6,
	.props = energyConsumption_v17_props,
};

/* energyMeasure: 1.6, 1.7 */
static const struct cdx_node energyMeasure_v16 = {
	.name = "energyMeasure",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_co2Measure_v16,
	.nprops = 2,
	.props = energyMeasure_v16_props,
};

/* energyProvider: 1.6 */
static const struct cdx_node energyProvider_v16 = {
	.name = "energyProvider",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_energyProvider_v16,
	.nprops = 6,
	.props = energyProvider_v16_props,
};

/* energyProvider: 1.7 */
static const struct cdx_node energyProvider_v17 = {
	.name = "energyProvider",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_energyProvider_v16,
	.nprops = 6,
	.props = energyProvider_v17_props,
};

/* environmentalConsiderations: 1.6 */
static const struct cdx_node environmentalConsiderations_v16 = {
	.name = "environmentalConsiderations",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = environmentalConsiderations_v16_pr,
};

/* environmentalConsiderations: 1.7 */
static const struct cdx_node environmentalConsiderations_v17 = {
	.name = "environmentalConsiderations",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = environmentalConsiderations_v17_pr,
};

/* event: 1.5 */
static const struct cdx_node event_v15 = {
	.name = "event",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 7,
	.props = event_v15_props,
};

/* event: 1.6 */
static const struct cdx_node event_v16 = {
	.name = "event",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 7,
	.props = event_v16_props,
};

/* event: 1.7 */
static const struct cdx_node event_v17 = {
	.name = "event",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 7,
	.props = event_v17_props,
};

/* externalReference: 1.2 */
static const struct cdx_node externalReference_v12 = {
	.name = "externalReference",
	.types = CDX_T_OBJECT,
	.required = req_externalReference_v12,
	.nprops = 3,
	.props = externalReference_v12_props,
};

/* externalReference: 1.3 */
static const struct cdx_node externalReference_v13 = {
	.name = "externalReference",
	.types = CDX_T_OBJECT,
	.required = req_externalReference_v12,
	.nprops = 4,
	.props = externalReference_v13_props,
};

/* externalReference: 1.4 */
static const struct cdx_node externalReference_v14 = {
	.name = "externalReference",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_externalReference_v12,
	.nprops = 4,
	.props = externalReference_v14_props,
};

/* externalReference: 1.5 */
static const struct cdx_node externalReference_v15 = {
	.name = "externalReference",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_externalReference_v12,
	.nprops = 4,
	.props = externalReference_v15_props,
};

/* externalReference: 1.6 */
static const struct cdx_node externalReference_v16 = {
	.name = "externalReference",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_externalReference_v12,
	.nprops = 4,
	.props = externalReference_v16_props,
};

/* externalReference: 1.7 */
static const struct cdx_node externalReference_v17 = {
	.name = "externalReference",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_externalReference_v12,
	.nprops = 5,
	.props = externalReference_v17_props,
};

/* fairnessAssessment: 1.5, 1.6, 1.7 */
static const struct cdx_node fairnessAssessment_v15 = {
	.name = "fairnessAssessment",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 4,
	.props = fairnessAssessment_v15_props,
};

/* formula: 1.5 */
static const struct cdx_node formula_v15 = {
	.name = "formula",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = formula_v15_props,
};

/* formula: 1.6 */
static const struct cdx_node formula_v16 = {
	.name = "formula",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = formula_v16_props,
};

/* formula: 1.7 */
static const struct cdx_node formula_v17 = {
	.name = "formula",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = formula_v17_props,
};

/* graphic: 1.5, 1.6, 1.7 */
static const struct cdx_node graphic_v15 = {
	.name = "graphic",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = graphic_v15_props,
};

/* graphicsCollection: 1.5, 1.6, 1.7 */
static const struct cdx_node graphicsCollection_v15 = {
	.name = "graphicsCollection",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = graphicsCollection_v15_props,
};

/* hash-alg: 1.2, 1.3, 1.4, 1.5, 1.6 */
static const struct cdx_node hash_alg_v12 = {
	.name = "hash-alg",
	.types = CDX_T_STRING,
	.enums = enum_hash_alg_v12,
};

/* hash-alg: 1.7 */
static const struct cdx_node hash_alg_v17 = {
	.name = "hash-alg",
	.types = CDX_T_STRING,
	.enums = enum_hash_alg_v17,
};

/* hash-content: 1.2, 1.3, 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node hash_content_v12 = {
	.name = "hash-content",
	.types = CDX_T_STRING,
	.pattern = CDX_PAT_HASH_CONTENT,
};

/* hash: 1.2, 1.3 */
static const struct cdx_node hash_v12 = {
	.name = "hash",
	.types = CDX_T_OBJECT,
	.check = CDX_CHECK_HASH,
	.required = req_hash_v12,
	.nprops = 2,
	.props = hash_v12_props,
};

/* hash: 1.4, 1.5, 1.6 */
static const struct cdx_node hash_v14 = {
	.name = "hash",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.check = CDX_CHECK_HASH,
	.required = req_hash_v12,
	.nprops = 2,
	.props = hash_v14_props,
};

/* hash: 1.7 */
static const struct cdx_node hash_v17 = {
	.name = "hash",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.check = CDX_CHECK_HASH,
	.required = req_hash_v12,
	.nprops = 2,
	.props = hash_v17_props,
};

/* identifiableAction: 1.2, 1.3 */
static const struct cdx_node identifiableAction_v12 = {
	.name = "identifiableAction",
	.types = CDX_T_OBJECT,
	.nprops = 3,
	.props = identifiableAction_v12_props,
};

/* identifiableAction: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node identifiableAction_v14 = {
	.name = "identifiableAction",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = identifiableAction_v14_props,
};

/* ikeV2Auth: 1.7 */
static const struct cdx_node ikeV2Auth_v17 = {
	.name = "ikeV2Auth",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = ikeV2Auth_v17_props,
};

/* ikeV2Enc: 1.7 */
static const struct cdx_node ikeV2Enc_v17 = {
	.name = "ikeV2Enc",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = ikeV2Enc_v17_props,
};

/* ikeV2Integ: 1.7 */
static const struct cdx_node ikeV2Integ_v17 = {
	.name = "ikeV2Integ",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = ikeV2Integ_v17_props,
};

/* ikeV2Ke: 1.7 */
static const struct cdx_node ikeV2Ke_v17 = {
	.name = "ikeV2Ke",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = ikeV2Ke_v17_props,
};

/* ikeV2Prf: 1.7 */
static const struct cdx_node ikeV2Prf_v17 = {
	.name = "ikeV2Prf",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = ikeV2Prf_v17_props,
};

/* impactAnalysisJustification: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node impactAnalysisJustification_v14 = {
	.name = "impactAnalysisJustification",
	.types = CDX_T_STRING,
	.enums = enum_impactAnalysisJustification_v,
};

/* impactAnalysisState: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node impactAnalysisState_v14 = {
	.name = "impactAnalysisState",
	.types = CDX_T_STRING,
	.enums = enum_impactAnalysisState_v14,
};

/* inputOutputMLParameters: 1.5, 1.6, 1.7 */
static const struct cdx_node inputOutputMLParameters_v15 = {
	.name = "inputOutputMLParameters",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 1,
	.props = inputOutputMLParameters_v15_props,
};

/* inputType: 1.5 */
static const struct cdx_node inputType_v15 = {
	.name = "inputType",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 7,
	.props = inputType_v15_props,
	.logic = &inputType_v15_logic,
};

/* inputType: 1.6 */
static const struct cdx_node inputType_v16 = {
	.name = "inputType",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 7,
	.props = inputType_v16_props,
	.logic = &inputType_v16_logic,
};

/* inputType: 1.7 */
static const struct cdx_node inputType_v17 = {
	.name = "inputType",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 7,
	.props = inputType_v17_props,
	.logic = &inputType_v17_logic,
};

/* issue: 1.2 */
static const struct cdx_node issue_v12 = {
	.name = "issue",
	.types = CDX_T_OBJECT,
	.required = req_componentData_v15,
	.nprops = 6,
	.props = issue_v12_props,
};

/* issue: 1.3 */
static const struct cdx_node issue_v13 = {
	.name = "issue",
	.types = CDX_T_OBJECT,
	.required = req_componentData_v15,
	.nprops = 6,
	.props = issue_v13_props,
};

/* issue: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node issue_v14 = {
	.name = "issue",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_componentData_v15,
	.nprops = 6,
	.props = issue_v14_props,
};

/* keyType: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node jsf_keyType_v14 = {
	.name = "keyType",
	.types = CDX_T_STRING,
	.enums = enum_jsf_keyType_v14,
};

/* publicKey: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node jsf_publicKey_v14 = {
	.name = "publicKey",
	.types = CDX_T_OBJECT,
	.required = req_jsf_publicKey_v14,
	.nprops = 1,
	.props = jsf_publicKey_v14_props,
	.logic = &jsf_publicKey_v14_logic,
};

/* signature: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node jsf_signature_v14 = {
	.name = "signature",
	.types = CDX_T_OBJECT,
	.logic = &jsf_signature_v14_logic,
};

/* signer: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node jsf_signer_v14 = {
	.name = "signer",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_jsf_signer_v14,
	.nprops = 6,
	.props = jsf_signer_v14_props,
};

/* licenseAcknowledgementEnumeration: 1.6, 1.7 */
static const struct cdx_node licenseAcknowledgementEnumeration_v16 = {
	.name = "licenseAcknowledgementEnumeration",
	.types = CDX_T_STRING,
	.enums = enum_licenseAcknowledgementEnumera,
};

/* licenseChoice: 1.3 */
static const struct cdx_node licenseChoice_v13 = {
	.name = "licenseChoice",
	.types = CDX_T_OBJECT,
	.nprops = 2,
	.props = licenseChoice_v13_props,
	.logic = &licenseChoice_v13_logic,
};

/* licenseChoice: 1.4 */
static const struct cdx_node licenseChoice_v14 = {
	.name = "licenseChoice",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = licenseChoice_v14_props,
	.logic = &licenseChoice_v14_logic,
};

/* licenseChoice: 1.5 */
static const struct cdx_node licenseChoice_v15 = {
	.name = "licenseChoice",
	.types = CDX_T_ARRAY,
	.logic = &licenseChoice_v15_logic,
};

/* licenseChoice: 1.6 */
static const struct cdx_node licenseChoice_v16 = {
	.name = "licenseChoice",
	.types = CDX_T_ARRAY,
	.logic = &licenseChoice_v16_logic,
};

/* licenseChoice: 1.7 */
static const struct cdx_node licenseChoice_v17 = {
	.name = "licenseChoice",
	.types = CDX_T_ARRAY,
	.items = &licenseChoice_v17_item,
};

/* license: 1.2 */
static const struct cdx_node license_v12 = {
	.name = "license",
	.types = CDX_T_OBJECT,
	.nprops = 4,
	.props = license_v12_props,
	.logic = &license_v12_logic,
};

/* license: 1.3 */
static const struct cdx_node license_v13 = {
	.name = "license",
	.types = CDX_T_OBJECT,
	.nprops = 4,
	.props = license_v13_props,
	.logic = &license_v13_logic,
};

/* license: 1.4 */
static const struct cdx_node license_v14 = {
	.name = "license",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 4,
	.props = license_v14_props,
	.logic = &license_v14_logic,
};

/* license: 1.5 */
static const struct cdx_node license_v15 = {
	.name = "license",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 7,
	.props = license_v15_props,
	.logic = &license_v15_logic,
};

/* license: 1.6 */
static const struct cdx_node license_v16 = {
	.name = "license",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 8,
	.props = license_v16_props,
	.logic = &license_v16_logic,
};

/* license: 1.7 */
static const struct cdx_node license_v17 = {
	.name = "license",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 8,
	.props = license_v17_props,
	.logic = &license_v17_logic,
};

/* licensing: 1.7 */
static const struct cdx_node licensing_v17 = {
	.name = "licensing",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 8,
	.props = licensing_v17_props,
};

/* localeType: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node localeType_v14 = {
	.name = "localeType",
	.types = CDX_T_STRING,
	.pattern = CDX_PAT_LOCALE,
};

/* metadata: 1.2 */
static const struct cdx_node metadata_v12 = {
	.name = "metadata",
	.types = CDX_T_OBJECT,
	.nprops = 6,
	.props = metadata_v12_props,
};

/* metadata: 1.3 */
static const struct cdx_node metadata_v13 = {
	.name = "metadata",
	.types = CDX_T_OBJECT,
	.nprops = 8,
	.props = metadata_v13_props,
};

/* metadata: 1.4 */
static const struct cdx_node metadata_v14 = {
	.name = "metadata",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 8,
	.props = metadata_v14_props,
};

/* metadata: 1.5 */
static const struct cdx_node metadata_v15 = {
	.name = "metadata",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 9,
	.props = metadata_v15_props,
};

/* metadata: 1.6 */
static const struct cdx_node metadata_v16 = {
	.name = "metadata",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 10,
	.props = metadata_v16_props,
};

/* metadata: 1.7 */
static const struct cdx_node metadata_v17 = {
	.name = "metadata",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 11,
	.props = metadata_v17_props,
};

/* modelCard: 1.5 */
static const struct cdx_node modelCard_v15 = {
	.name = "modelCard",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = modelCard_v15_props,
};

/* modelCard: 1.6 */
static const struct cdx_node modelCard_v16 = {
	.name = "modelCard",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = modelCard_v16_props,
};

/* modelCard: 1.7 */
static const struct cdx_node modelCard_v17 = {
	.name = "modelCard",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = modelCard_v17_props,
};

/* note: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node note_v14 = {
	.name = "note",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_copyright_v13,
	.nprops = 2,
	.props = note_v14_props,
};

/* organizationalContact: 1.2, 1.3 */
static const struct cdx_node organizationalContact_v12 = {
	.name = "organizationalContact",
	.types = CDX_T_OBJECT,
	.nprops = 3,
	.props = organizationalContact_v12_props,
};

/* organizationalContact: 1.4 */
static const struct cdx_node organizationalContact_v14 = {
	.name = "organizationalContact",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = organizationalContact_v14_props,
};

/* organizationalContact: 1.5, 1.6, 1.7 */
static const struct cdx_node organizationalContact_v15 = {
	.name = "organizationalContact",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 4,
	.props = organizationalContact_v15_props,
};

/* organizationalEntity: 1.2 */
static const struct cdx_node organizationalEntity_v12 = {
	.name = "organizationalEntity",
	.types = CDX_T_OBJECT,
	.nprops = 3,
	.props = organizationalEntity_v12_props,
};

/* organizationalEntity: 1.3 */
static const struct cdx_node organizationalEntity_v13 = {
	.name = "organizationalEntity",
	.types = CDX_T_OBJECT,
	.nprops = 3,
	.props = organizationalEntity_v13_props,
};

/* organizationalEntity: 1.4 */
static const struct cdx_node organizationalEntity_v14 = {
	.name = "organizationalEntity",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = organizationalEntity_v14_props,
};

/* organizationalEntity: 1.5 */
static const struct cdx_node organizationalEntity_v15 = {
	.name = "organizationalEntity",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 4,
	.props = organizationalEntity_v15_props,
};

/* organizationalEntity: 1.6, 1.7 */
static const struct cdx_node organizationalEntity_v16 = {
	.name = "organizationalEntity",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = organizationalEntity_v16_props,
};

/* outputType: 1.5 */
static const struct cdx_node outputType_v15 = {
	.name = "outputType",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 7,
	.props = outputType_v15_props,
	.logic = &outputType_v15_logic,
};

/* outputType: 1.6 */
static const struct cdx_node outputType_v16 = {
	.name = "outputType",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 7,
	.props = outputType_v16_props,
	.logic = &outputType_v16_logic,
};

/* outputType: 1.7 */
static const struct cdx_node outputType_v17 = {
	.name = "outputType",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 7,
	.props = outputType_v17_props,
	.logic = &outputType_v17_logic,
};

/* parameter: 1.5, 1.6, 1.7 */
static const struct cdx_node parameter_v15 = {
	.name = "parameter",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 3,
	.props = parameter_v15_props,
};

/* patch: 1.2 */
static const struct cdx_node patch_v12 = {
	.name = "patch",
	.types = CDX_T_OBJECT,
	.required = req_componentData_v15,
	.nprops = 3,
	.props = patch_v12_props,
};

/* patch: 1.3 */
static const struct cdx_node patch_v13 = {
	.name = "patch",
	.types = CDX_T_OBJECT,
	.required = req_componentData_v15,
	.nprops = 3,
	.props = patch_v13_props,
};

/* patch: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node patch_v14 = {
	.name = "patch",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_componentData_v15,
	.nprops = 3,
	.props = patch_v14_props,
};

/* patentApplicationNumber: 1.7 */
static const struct cdx_node patentApplicationNumber_v17 = {
	.name = "patentApplicationNumber",
	.types = CDX_T_STRING,
	.pattern = CDX_PAT_PATENT_NUMBER,
};

/* patentAssertions: 1.7 */
static const struct cdx_node patentAssertions_v17 = {
	.name = "patentAssertions",
	.types = CDX_T_ARRAY,
	.items = &patentAssertions_v17_item,
};

/* patentFamily: 1.7 */
static const struct cdx_node patentFamily_v17 = {
	.name = "patentFamily",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_patentFamily_v17,
	.nprops = 5,
	.props = patentFamily_v17_props,
};

/* patentFilingDate: 1.7 */
static const struct cdx_node patentFilingDate_v17 = {
	.name = "patentFilingDate",
	.types = CDX_T_STRING,
	.format = CDX_FMT_DATE,
};

/* patentJurisdiction: 1.7 */
static const struct cdx_node patentJurisdiction_v17 = {
	.name = "patentJurisdiction",
	.types = CDX_T_STRING,
	.pattern = CDX_PAT_COUNTRY,
};

/* patent: 1.7 */
static const struct cdx_node patent_v17 = {
	.name = "patent",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_patent_v17,
	.nprops = 14,
	.props = patent_v17_props,
};

/* performanceMetric: 1.5, 1.6, 1.7 */
static const struct cdx_node performanceMetric_v15 = {
	.name = "performanceMetric",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 4,
	.props = performanceMetric_v15_props,
};

/* postalAddress: 1.6, 1.7 */
static const struct cdx_node postalAddress_v16 = {
	.name = "postalAddress",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 7,
	.props = postalAddress_v16_props,
};

/* priorityApplication: 1.7 */
static const struct cdx_node priorityApplication_v17 = {
	.name = "priorityApplication",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_priorityApplication_v17,
	.nprops = 3,
	.props = priorityApplication_v17_props,
};

/* property: 1.3, 1.4, 1.5 */
static const struct cdx_node property_v13 = {
	.name = "property",
	.types = CDX_T_OBJECT,
	.nprops = 2,
	.props = property_v13_props,
};

/* property: 1.6, 1.7 */
static const struct cdx_node property_v16 = {
	.name = "property",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_cryptoProperties_v17_item_one2_2,
	.nprops = 2,
	.props = property_v16_props,
};

/* range: 1.4, 1.5 */
static const struct cdx_node range_v14 = {
	.name = "range",
	.types = CDX_T_STRING,
	.limits = &range_v14_limits,
};

/* rating: 1.4 */
static const struct cdx_node rating_v14 = {
	.name = "rating",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 6,
	.props = rating_v14_props,
};

/* rating: 1.5, 1.6, 1.7 */
static const struct cdx_node rating_v15 = {
	.name = "rating",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 6,
	.props = rating_v15_props,
};

/* refLinkType: 1.5 */
static const struct cdx_node refLinkType_v15 = {
	.name = "refLinkType",
	.logic = &refLinkType_v15_logic,
};

/* refLinkType: 1.6, 1.7 */
static const struct cdx_node refLinkType_v16 = {
	.name = "refLinkType",
	.ref = &refType_v15,
};

/* refType: 1.2, 1.3, 1.4 */
static const struct cdx_node refType_v12 = {
	.name = "refType",
	.types = CDX_T_STRING,
};

/* refType: 1.5, 1.6, 1.7 */
static const struct cdx_node refType_v15 = {
	.name = "refType",
	.types = CDX_T_STRING,
	.limits = &refType_v15_limits,
};

/* relatedCryptographicAsset: 1.7 */
static const struct cdx_node relatedCryptographicAsset_v17 = {
	.name = "relatedCryptographicAsset",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = relatedCryptographicAsset_v17_prop,
};

/* relatedCryptographicAssets: 1.7 */
static const struct cdx_node relatedCryptographicAssets_v17 = {
	.name = "relatedCryptographicAssets",
	.types = CDX_T_ARRAY,
	.items = &relatedCryptographicAsset_v17,
};

/* releaseNotes: 1.4, 1.5 */
static const struct cdx_node releaseNotes_v14 = {
	.name = "releaseNotes",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_componentData_v15,
	.nprops = 11,
	.props = releaseNotes_v14_props,
};

/* releaseNotes: 1.6, 1.7 */
static const struct cdx_node releaseNotes_v16 = {
	.name = "releaseNotes",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_componentData_v15,
	.nprops = 11,
	.props = releaseNotes_v16_props,
};

/* releaseType: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node releaseType_v14 = {
	.name = "releaseType",
	.types = CDX_T_STRING,
};

/* resourceReferenceChoice: 1.5 */
static const struct cdx_node resourceReferenceChoice_v15 = {
	.name = "resourceReferenceChoice",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = resourceReferenceChoice_v15_props,
	.logic = &resourceReferenceChoice_v15_logic,
};

/* resourceReferenceChoice: 1.6 */
static const struct cdx_node resourceReferenceChoice_v16 = {
	.name = "resourceReferenceChoice",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = resourceReferenceChoice_v16_props,
	.logic = &resourceReferenceChoice_v16_logic,
};

/* resourceReferenceChoice: 1.7 */
static const struct cdx_node resourceReferenceChoice_v17 = {
	.name = "resourceReferenceChoice",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = resourceReferenceChoice_v17_props,
	.logic = &resourceReferenceChoice_v17_logic,
};

/* risk: 1.5, 1.6, 1.7 */
static const struct cdx_node risk_v15 = {
	.name = "risk",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = risk_v15_props,
};

/* scoreMethod: 1.4 */
static const struct cdx_node scoreMethod_v14 = {
	.name = "scoreMethod",
	.types = CDX_T_STRING,
	.enums = enum_scoreMethod_v14,
};

/* scoreMethod: 1.5, 1.6, 1.7 */
static const struct cdx_node scoreMethod_v15 = {
	.name = "scoreMethod",
	.types = CDX_T_STRING,
	.enums = enum_scoreMethod_v15,
};

/* securedBy: 1.6, 1.7 */
static const struct cdx_node securedBy_v16 = {
	.name = "securedBy",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = securedBy_v16_props,
};

/* serviceData: 1.5 */
static const struct cdx_node serviceData_v15 = {
	.name = "serviceData",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_dataClassification_v12,
	.nprops = 7,
	.props = serviceData_v15_props,
};

/* serviceData: 1.6, 1.7 */
static const struct cdx_node serviceData_v16 = {
	.name = "serviceData",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_dataClassification_v12,
	.nprops = 7,
	.props = serviceData_v16_props,
};

/* service: 1.2 */
static const struct cdx_node service_v12 = {
	.name = "service",
	.types = CDX_T_OBJECT,
	.required = req_cryptoProperties_v17_item_one2_2,
	.nprops = 13,
	.props = service_v12_props,
};

/* service: 1.3 */
static const struct cdx_node service_v13 = {
	.name = "service",
	.types = CDX_T_OBJECT,
	.required = req_cryptoProperties_v17_item_one2_2,
	.nprops = 14,
	.props = service_v13_props,
};

/* service: 1.4 */
static const struct cdx_node service_v14 = {
	.name = "service",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_cryptoProperties_v17_item_one2_2,
	.nprops = 16,
	.props = service_v14_props,
};

/* service: 1.5 */
static const struct cdx_node service_v15 = {
	.name = "service",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_cryptoProperties_v17_item_one2_2,
	.nprops = 17,
	.props = service_v15_props,
};

/* service: 1.6 */
static const struct cdx_node service_v16 = {
	.name = "service",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_cryptoProperties_v17_item_one2_2,
	.nprops = 18,
	.props = service_v16_props,
};

/* service: 1.7 */
static const struct cdx_node service_v17 = {
	.name = "service",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_cryptoProperties_v17_item_one2_2,
	.nprops = 19,
	.props = service_v17_props,
};

/* severity: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node severity_v14 = {
	.name = "severity",
	.types = CDX_T_STRING,
	.enums = enum_severity_v14,
};

/* signature: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node signature_v14 = {
	.name = "signature",
	.ref = &jsf_signature_v14,
};

/* standard: 1.6 */
static const struct cdx_node standard_v16 = {
	.name = "standard",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 9,
	.props = standard_v16_props,
};

/* standard: 1.7 */
static const struct cdx_node standard_v17 = {
	.name = "standard",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 9,
	.props = standard_v17_props,
};

/* step: 1.5 */
static const struct cdx_node step_v15 = {
	.name = "step",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 4,
	.props = step_v15_props,
};

/* step: 1.6, 1.7 */
static const struct cdx_node step_v16 = {
	.name = "step",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 4,
	.props = step_v16_props,
};

/* swid: 1.2 */
static const struct cdx_node swid_v12 = {
	.name = "swid",
	.types = CDX_T_OBJECT,
	.required = req_swid_v12,
	.nprops = 7,
	.props = swid_v12_props,
};

/* swid: 1.3 */
static const struct cdx_node swid_v13 = {
	.name = "swid",
	.types = CDX_T_OBJECT,
	.required = req_swid_v12,
	.nprops = 7,
	.props = swid_v13_props,
};

/* swid: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node swid_v14 = {
	.name = "swid",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_swid_v12,
	.nprops = 7,
	.props = swid_v14_props,
};

/* tags: 1.6, 1.7 */
static const struct cdx_node tags_v16 = {
	.name = "tags",
	.types = CDX_T_ARRAY,
	.items = &string,
};

/* taskType: 1.5, 1.6, 1.7 */
static const struct cdx_node taskType_v15 = {
	.name = "taskType",
	.types = CDX_T_STRING,
	.enums = enum_taskType_v15,
};

/* task: 1.5 */
static const struct cdx_node task_v15 = {
	.name = "task",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_task_v15,
	.nprops = 15,
	.props = task_v15_props,
};

/* task: 1.6 */
static const struct cdx_node task_v16 = {
	.name = "task",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_task_v15,
	.nprops = 15,
	.props = task_v16_props,
};

/* task: 1.7 */
static const struct cdx_node task_v17 = {
	.name = "task",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_task_v15,
	.nprops = 15,
	.props = task_v17_props,
};

/* tlpClassification: 1.7 */
static const struct cdx_node tlpClassification_v17 = {
	.name = "tlpClassification",
	.types = CDX_T_STRING,
	.enums = enum_tlpClassification_v17,
};

/* tool: 1.2, 1.3 */
static const struct cdx_node tool_v12 = {
	.name = "tool",
	.types = CDX_T_OBJECT,
	.nprops = 4,
	.props = tool_v12_props,
};

/* tool: 1.4 */
static const struct cdx_node tool_v14 = {
	.name = "tool",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = tool_v14_props,
};

/* tool: 1.5 */
static const struct cdx_node tool_v15 = {
	.name = "tool",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = tool_v15_props,
};

/* tool: 1.6 */
static const struct cdx_node tool_v16 = {
	.name = "tool",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = tool_v16_props,
};

/* tool: 1.7 */
static const struct cdx_node tool_v17 = {
	.name = "tool",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 5,
	.props = tool_v17_props,
};

/* trigger: 1.5 */
static const struct cdx_node trigger_v15 = {
	.name = "trigger",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_trigger_v15,
	.nprops = 12,
	.props = trigger_v15_props,
};

/* trigger: 1.6 */
static const struct cdx_node trigger_v16 = {
	.name = "trigger",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_trigger_v15,
	.nprops = 12,
	.props = trigger_v16_props,
};

/* trigger: 1.7 */
static const struct cdx_node trigger_v17 = {
	.name = "trigger",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_trigger_v15,
	.nprops = 12,
	.props = trigger_v17_props,
};

/* versionRange: 1.6, 1.7 */
static const struct cdx_node versionRange_v16 = {
	.name = "versionRange",
	.types = CDX_T_STRING,
	.limits = &versionRange_v16_limits,
};

/* version: 1.4, 1.5 */
static const struct cdx_node version_v14 = {
	.name = "version",
	.types = CDX_T_STRING,
	.limits = &version_v14_limits,
};

/* version: 1.6, 1.7 */
static const struct cdx_node version_v16 = {
	.name = "version",
	.types = CDX_T_STRING,
	.limits = &version_v16_limits,
};

/* volume: 1.5 */
static const struct cdx_node volume_v15 = {
	.name = "volume",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 8,
	.props = volume_v15_props,
};

/* volume: 1.6, 1.7 */
static const struct cdx_node volume_v16 = {
	.name = "volume",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 8,
	.props = volume_v16_props,
};

/* vulnerabilitySource: 1.4, 1.5, 1.6, 1.7 */
static const struct cdx_node vulnerabilitySource_v14 = {
	.name = "vulnerabilitySource",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 2,
	.props = vulnerabilitySource_v14_props,
};

/* vulnerability: 1.4 */
static const struct cdx_node vulnerability_v14 = {
	.name = "vulnerability",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 18,
	.props = vulnerability_v14_props,
};

/* vulnerability: 1.5 */
static const struct cdx_node vulnerability_v15 = {
	.name = "vulnerability",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 21,
	.props = vulnerability_v15_props,
};

/* vulnerability: 1.6 */
static const struct cdx_node vulnerability_v16 = {
	.name = "vulnerability",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 21,
	.props = vulnerability_v16_props,
};

/* vulnerability: 1.7 */
static const struct cdx_node vulnerability_v17 = {
	.name = "vulnerability",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.nprops = 21,
	.props = vulnerability_v17_props,
};

/* workflow: 1.5 */
static const struct cdx_node workflow_v15 = {
	.name = "workflow",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_task_v15,
	.nprops = 17,
	.props = workflow_v15_props,
};

/* workflow: 1.6 */
static const struct cdx_node workflow_v16 = {
	.name = "workflow",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_task_v15,
	.nprops = 17,
	.props = workflow_v16_props,
};

/* workflow: 1.7 */
static const struct cdx_node workflow_v17 = {
	.name = "workflow",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_task_v15,
	.nprops = 17,
	.props = workflow_v17_props,
};

/* workspace: 1.5 */
static const struct cdx_node workspace_v15 = {
	.name = "workspace",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_workspace_v15,
	.nprops = 12,
	.props = workspace_v15_props,
};

/* workspace: 1.6 */
static const struct cdx_node workspace_v16 = {
	.name = "workspace",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_workspace_v15,
	.nprops = 12,
	.props = workspace_v16_props,
};

/* workspace: 1.7 */
static const struct cdx_node workspace_v17 = {
	.name = "workspace",
	.types = CDX_T_OBJECT,
	.flags = CDX_F_CLOSED,
	.required = req_workspace_v15,
	.nprops = 12,
	.props = workspace_v17_props,
};

const struct cdx_node *const cdx_schema[CDX_VERSIONS] = {
	[CDX_V1_2] = &bom_v12,
	[CDX_V1_3] = &bom_v13,
	[CDX_V1_4] = &bom_v14,
	[CDX_V1_5] = &bom_v15,
	[CDX_V1_6] = &bom_v16,
	[CDX_V1_7] = &bom_v17,
};
