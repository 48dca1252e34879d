/// \file
/// X509 to a JS object, and verification codes by name (peer_certificate.h).
#include "peer_certificate.h"

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509v3.h>

#include <string>

#include "engine.h"
#include "support/bytes.h"

namespace bindings {
namespace {

void SetString(v8::Isolate* isolate, v8::Local<v8::Object> target, const char* key,
               const std::string& value) {
  target
      ->Set(isolate->GetCurrentContext(), engine::ToV8String(isolate, key),
            engine::ToV8String(isolate, value))
      .Check();
}

v8::Local<v8::Object> NameObject(v8::Isolate* isolate, X509_NAME* name) {
  // Null-prototype, as Node's: a CN of "__proto__" is only a key.
  v8::Local<v8::Object> object = v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
  for (int i = 0; i < X509_NAME_entry_count(name); i++) {
    X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
    int nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(entry));
    const char* key = nid == NID_undef ? "UNDEF" : OBJ_nid2sn(nid);
    unsigned char* utf8 = nullptr;
    int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
    if (length < 0) continue;
    SetString(isolate, object, key, std::string(reinterpret_cast<char*>(utf8), length));
    OPENSSL_free(utf8);
  }
  return object;
}

std::string Hex(const unsigned char* bytes, size_t length, const char* separator) {
  static const char kDigits[] = "0123456789ABCDEF";
  std::string out;
  for (size_t i = 0; i < length; i++) {
    if (i > 0) out += separator;
    out += kDigits[bytes[i] >> 4];
    out += kDigits[bytes[i] & 15];
  }
  return out;
}

std::string AltNames(X509* cert) {
  std::string out;
  auto* names =
      static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
  if (names == nullptr) return out;
  for (int i = 0; i < sk_GENERAL_NAME_num(names); i++) {
    GENERAL_NAME* name = sk_GENERAL_NAME_value(names, i);
    if (!out.empty()) out += ", ";
    if (name->type == GEN_DNS) {
      const ASN1_STRING* s = name->d.dNSName;
      out += "DNS:" + std::string(reinterpret_cast<const char*>(ASN1_STRING_get0_data(s)),
                                  ASN1_STRING_length(s));
    } else if (name->type == GEN_IPADD) {
      const ASN1_STRING* s = name->d.iPAddress;
      const unsigned char* p = ASN1_STRING_get0_data(s);
      out += "IP Address:";
      if (ASN1_STRING_length(s) == 4) {
        out += std::to_string(p[0]) + "." + std::to_string(p[1]) + "." + std::to_string(p[2]) +
               "." + std::to_string(p[3]);
      } else {
        for (int j = 0; j < ASN1_STRING_length(s); j += 2) {
          if (j > 0) out += ":";
          char group[8];
          snprintf(group, sizeof(group), "%X", (p[j] << 8) | p[j + 1]);
          out += group;
        }
      }
    } else if (name->type == GEN_EMAIL) {
      const ASN1_STRING* s = name->d.rfc822Name;
      out += "email:" + std::string(reinterpret_cast<const char*>(ASN1_STRING_get0_data(s)),
                                    ASN1_STRING_length(s));
    } else {
      out += "othername:<unsupported>";
    }
  }
  GENERAL_NAMES_free(names);
  return out;
}

std::string Time(const ASN1_TIME* time) {
  BIO* bio = BIO_new(BIO_s_mem());
  ASN1_TIME_print(bio, time);
  char* data = nullptr;
  long length = BIO_get_mem_data(bio, &data);
  std::string out(data, length);
  BIO_free(bio);
  return out;
}

}  // namespace

v8::Local<v8::Object> CertificateObject(v8::Isolate* isolate, X509* cert) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> object = v8::Object::New(isolate);
  object
      ->Set(context, engine::ToV8String(isolate, "subject"),
            NameObject(isolate, X509_get_subject_name(cert)))
      .Check();
  object
      ->Set(context, engine::ToV8String(isolate, "issuer"),
            NameObject(isolate, X509_get_issuer_name(cert)))
      .Check();
  std::string alt = AltNames(cert);
  if (!alt.empty()) SetString(isolate, object, "subjectaltname", alt);
  object
      ->Set(context, engine::ToV8String(isolate, "ca"),
            v8::Boolean::New(isolate, X509_check_ca(cert) != 0))
      .Check();
  EVP_PKEY* key = X509_get0_pubkey(cert);
  if (key != nullptr && EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA) {
    object
        ->Set(context, engine::ToV8String(isolate, "bits"),
              v8::Integer::New(isolate, EVP_PKEY_get_bits(key)))
        .Check();
  }
  SetString(isolate, object, "valid_from", Time(X509_get0_notBefore(cert)));
  SetString(isolate, object, "valid_to", Time(X509_get0_notAfter(cert)));
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int md_length = 0;
  X509_digest(cert, EVP_sha1(), md, &md_length);
  SetString(isolate, object, "fingerprint", Hex(md, md_length, ":"));
  X509_digest(cert, EVP_sha256(), md, &md_length);
  SetString(isolate, object, "fingerprint256", Hex(md, md_length, ":"));
  BIGNUM* serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr);
  char* serial_hex = BN_bn2hex(serial);
  SetString(isolate, object, "serialNumber", serial_hex);
  OPENSSL_free(serial_hex);
  BN_free(serial);
  int der_length = i2d_X509(cert, nullptr);
  v8::Local<v8::ArrayBuffer> der = v8::ArrayBuffer::New(isolate, der_length);
  unsigned char* out = static_cast<unsigned char*>(der->Data());
  i2d_X509(cert, &out);
  object->Set(context, engine::ToV8String(isolate, "raw"), pool::NewByteArray(der, 0, der_length))
      .Check();
  return object;
}

const char* VerifyErrorCode(long result) {
  switch (result) {
#define CASE(name)        \
  case X509_V_ERR_##name: \
    return #name;
    CASE(UNABLE_TO_GET_ISSUER_CERT)
    CASE(UNABLE_TO_GET_CRL)
    CASE(UNABLE_TO_DECRYPT_CERT_SIGNATURE)
    CASE(UNABLE_TO_DECRYPT_CRL_SIGNATURE)
    CASE(UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY)
    CASE(CERT_SIGNATURE_FAILURE)
    CASE(CRL_SIGNATURE_FAILURE)
    CASE(CERT_NOT_YET_VALID)
    CASE(CERT_HAS_EXPIRED)
    CASE(CRL_NOT_YET_VALID)
    CASE(CRL_HAS_EXPIRED)
    CASE(ERROR_IN_CERT_NOT_BEFORE_FIELD)
    CASE(ERROR_IN_CERT_NOT_AFTER_FIELD)
    CASE(DEPTH_ZERO_SELF_SIGNED_CERT)
    CASE(SELF_SIGNED_CERT_IN_CHAIN)
    CASE(UNABLE_TO_GET_ISSUER_CERT_LOCALLY)
    CASE(UNABLE_TO_VERIFY_LEAF_SIGNATURE)
    CASE(CERT_CHAIN_TOO_LONG)
    CASE(CERT_REVOKED)
    CASE(INVALID_CA)
    CASE(PATH_LENGTH_EXCEEDED)
    CASE(INVALID_PURPOSE)
    CASE(CERT_UNTRUSTED)
    CASE(CERT_REJECTED)
    CASE(HOSTNAME_MISMATCH)
#undef CASE
    default:
      return "UNSPECIFIED";
  }
}

}  // namespace bindings
