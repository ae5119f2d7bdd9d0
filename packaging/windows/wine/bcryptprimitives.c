/* Test-only stand-in for Windows' bcryptprimitives.dll, which Wine 8 lacks: Rust's standard library
 * (1.78 and later) imports ProcessPrng from it for random numbers (HashMap seeds). This one function
 * asks BCryptGenRandom, which Wine has, for the system's random bytes. scripts/test-windows builds it
 * into the Wine prefix only; it is never shipped: real Windows 10 and 11 have the DLL. */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
