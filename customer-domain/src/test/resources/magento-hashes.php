<?php
// How the vectors in MagentoPasswordHashTest were made: PHP 8 with libsodium 1.0.18 (Debian's php-cli),
// the way Magento's Encryptor makes each hash version (getArgonHash, generateSimpleHash), chained as isValidHash
// applies them. Run: php magento-hashes.php
function argon($data, $salt, $ops, $mem, $len = 32) {
    if (strlen($salt) < SODIUM_CRYPTO_PWHASH_SALTBYTES) { $salt = str_pad($salt, SODIUM_CRYPTO_PWHASH_SALTBYTES, $salt); }
    elseif (strlen($salt) > SODIUM_CRYPTO_PWHASH_SALTBYTES) { $salt = substr($salt, 0, SODIUM_CRYPTO_PWHASH_SALTBYTES); }
    return bin2hex(sodium_crypto_pwhash($len, $data, $salt, $ops, $mem, SODIUM_CRYPTO_PWHASH_ALG_ARGON2ID13));
}
$p = 'Magento-Passw0rd';
echo "md5 ", md5('ab' . $p), ":ab:0\n";
echo "sha ", hash('sha256', 'QHyyWj5WUF0IQy6a' . $p), ":QHyyWj5WUF0IQy6a:1\n";
echo "v2new ", argon($p, 'kJ6lPqQzY3oA0LAw', 2, 67108864), ":kJ6lPqQzY3oA0LAw:2\n";
echo "v2old ", argon($p, 'kJ6lPqQzY3oA0LAw', 4, 33554432), ":kJ6lPqQzY3oA0LAw:2\n";
echo "chain01 ", hash('sha256', 'xy' . md5('xy' . $p)), ":xy:0:1\n";
echo "chain12 ", argon(hash('sha256', '8qnyO4H1OYIfGCUb' . $p), '8qnyO4H1OYIfGCUb', 2, 67108864), ":8qnyO4H1OYIfGCUb:1:2\n";
echo "chain13bare ", argon(hash('sha256', 'Zq3' . $p), 'Zq3', 2, 67108864), ":Zq3:1:3\n";
echo "agn64 ", argon($p, 'abcdefghijklmnopqrstuvwxyz012345', 2, 67108864, 64), ":abcdefghijklmnopqrstuvwxyz012345:3_64_2_67108864\n";
echo "bcrypt ", password_hash($p, PASSWORD_BCRYPT, ['cost' => 4]), "\n";
