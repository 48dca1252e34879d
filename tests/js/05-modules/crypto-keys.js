// crypto: key pairs (RSA, EC, Ed25519) generated here and checked by shape, export as PEM/DER, encrypted PKCS #8, sign/verify, secret keys.
const c = require('crypto');
const t = (f) => { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } };
const { publicKey, privateKey } = c.generateKeyPairSync('rsa', { modulusLength: 1024 });
console.log(publicKey.type, privateKey.type, publicKey.asymmetricKeyType, publicKey.asymmetricKeyDetails, privateKey.asymmetricKeyDetails);
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
console.log(pem.split('\n')[0], publicKey.export({ type: 'spki', format: 'pem' }).split('\n')[0]);
console.log(privateKey.export({ type: 'pkcs1', format: 'pem' }).split('\n')[0], publicKey.export({ type: 'pkcs1', format: 'pem' }).split('\n')[0]);
console.log(publicKey.export({ type: 'spki', format: 'der' }).length > 100);
const sig = c.sign('sha256', Buffer.from('hello'), privateKey);
console.log(sig.length, c.verify('sha256', Buffer.from('hello'), publicKey, sig), c.verify('sha256', Buffer.from('hellO'), publicKey, sig));
const priv2 = c.createPrivateKey(pem);
console.log(priv2.equals(privateKey), c.createPublicKey(pem).equals(publicKey), c.createPublicKey(privateKey).type);
const ec = c.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
console.log(ec.privateKey.asymmetricKeyType, ec.privateKey.asymmetricKeyDetails);
const s2 = c.createSign('SHA256').update('data').sign(ec.privateKey);
console.log(c.createVerify('SHA256').update('data').verify(ec.publicKey, s2));
const ed = c.generateKeyPairSync('ed25519');
const s3 = c.sign(null, Buffer.from('x'), ed.privateKey);
console.log(ed.publicKey.asymmetricKeyType, s3.length, c.verify(null, Buffer.from('x'), ed.publicKey, s3));
console.log(ed.publicKey.export({ type: 'spki', format: 'pem' }).length);
const enc = c.generateKeyPairSync('ec', { namedCurve: 'secp384r1', publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'sec1', format: 'pem' } });
console.log(typeof enc.publicKey, enc.privateKey.split('\n')[0]);
const encrypted = privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'top secret' });
console.log(encrypted.split('\n')[0]);
console.log(c.createPrivateKey({ key: encrypted, passphrase: 'top secret' }).equals(privateKey));
t(() => c.createPrivateKey({ key: encrypted, passphrase: 'wrong' }));
t(() => c.createPrivateKey('garbage'));
t(() => publicKey.export());
t(() => c.generateKeyPairSync('nope', {}));
const sk = c.createSecretKey(Buffer.from('abcd'));
console.log(sk.type, sk.symmetricKeySize, sk.export().toString(), sk.equals(c.createSecretKey('abcd', 'utf8')));
console.log(c.createHmac('sha256', sk).update('x').digest('hex') === c.createHmac('sha256', 'abcd').update('x').digest('hex'));
c.generateKeyPair('ec', { namedCurve: 'P-256' }, (err, pub, priv) => console.log('async', err, pub.type, priv.asymmetricKeyDetails));
t(() => c.createPublicKey(publicKey));
const pss = c.sign('sha256', Buffer.from('m'), { key: privateKey, padding: c.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
console.log(c.verify('sha256', Buffer.from('m'), { key: publicKey, padding: c.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, pss));
// A fixed Ed25519 key: its signatures are deterministic.
const fixed = c.createPrivateKey(`-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIKP3o+lY+X8+xj1Y462iusF/k2C01SBheKqqmtNdSPyJ
-----END PRIVATE KEY-----`);
console.log(c.sign(null, Buffer.from('fixed message'), fixed).toString('hex'));
console.log(c.createPublicKey(fixed).export({ type: 'spki', format: 'pem' }));
console.log(fixed.export({ type: 'pkcs8', format: 'der' }).toString('base64'));
