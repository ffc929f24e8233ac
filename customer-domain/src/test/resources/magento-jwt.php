<?php
// How the tokens in MagentoTokensTest were made: PHP 8 (Debian's php-cli), the way Magento 2.4.4+ issues a
// customer token (JwtUserToken\Model\Issuer, SecretBasedJwksFactory, JwtFrameworkAdapter\Model\JwsManager):
// the last key of crypt/key padded to 2048 characters with '&' on both sides, a protected header of kid "1" and
// alg HS256, claims uid, utypid 3, iat, exp; JWS compact serialization. Run: php magento-jwt.php
function b64url($data) { return rtrim(strtr(base64_encode($data), '+/', '-_'), '='); }
function token($cryptKey, $claims) {
    $keys = preg_split('/\s+/s', trim($cryptKey));
    $key = str_pad(end($keys), 2048, '&', STR_PAD_BOTH);
    $signingInput = b64url(json_encode(['kid' => '1', 'alg' => 'HS256'])) . '.' . b64url(json_encode($claims));
    return $signingInput . '.' . b64url(hash_hmac('sha256', $signingInput, $key, true));
}
$cryptKey = "a5f2c0e1d3b4968778695a4b3c2d1e0f\nbase64S2V5T2ZUaGVTaG9wMjAyNl8xMjM0NTY3ODk";
echo "customer42 ", token($cryptKey, ['uid' => 42, 'utypid' => 3, 'iat' => 1767225600, 'exp' => 1767229200]), "\n";
echo "admin1 ", token($cryptKey, ['uid' => 1, 'utypid' => 2, 'iat' => 1767225600, 'exp' => 1767229200]), "\n";
echo "firstKey ", token("a5f2c0e1d3b4968778695a4b3c2d1e0f", ['uid' => 42, 'utypid' => 3, 'iat' => 1767225600, 'exp' => 1767229200]), "\n";
