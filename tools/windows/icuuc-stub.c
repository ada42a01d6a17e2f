/* icuuc.dll for Wine only: a test fixture of tools/test-windows.sh, never shipped.
 *
 * Qt6Core imports Windows' system ICU (icuuc.dll, part of Windows 10 1703 and later) for its
 * text codecs; Wine 8 has none, so Qt cannot even load. Qt uses only the converter functions
 * below. Here every converter is "unavailable": ucnv_open fails, so Qt falls back to its own
 * UTF-8/UTF-16/Latin-1 codecs, which is all the reader uses. Built with Debian's
 * gcc-mingw-w64-x86-64-win32:  x86_64-w64-mingw32-gcc -shared -O2 -o icuuc.dll icuuc-stub.c
 */
#include <stddef.h>
#include <stdint.h>

typedef int32_t UErrorCode;
typedef uint16_t UChar;
typedef int32_t UChar32;
typedef int8_t UBool;
typedef struct UConverter UConverter;
typedef void (*UConverterCallback)(void);

enum { U_ZERO_ERROR = 0, U_FILE_ACCESS_ERROR = 4, U_UNSUPPORTED_ERROR = 16 };

static void fail(UErrorCode *err, UErrorCode code)
{
    if (err != NULL && *err <= U_ZERO_ERROR)
        *err = code;
}

__declspec(dllexport) UConverter *ucnv_open(const char *name, UErrorCode *err)
{
    (void)name;
    fail(err, U_FILE_ACCESS_ERROR);
    return NULL;
}

__declspec(dllexport) void ucnv_close(UConverter *converter) { (void)converter; }
__declspec(dllexport) void ucnv_reset(UConverter *converter) { (void)converter; }
__declspec(dllexport) int8_t ucnv_getMaxCharSize(const UConverter *converter) { (void)converter; return 1; }

__declspec(dllexport) const char *ucnv_getName(const UConverter *converter, UErrorCode *err)
{
    (void)converter;
    fail(err, U_UNSUPPORTED_ERROR);
    return NULL;
}

__declspec(dllexport) void ucnv_getToUCallBack(const UConverter *converter, UConverterCallback *action,
                                               const void **context)
{
    (void)converter;
    if (action != NULL) *action = NULL;
    if (context != NULL) *context = NULL;
}

__declspec(dllexport) void ucnv_getFromUCallBack(const UConverter *converter, UConverterCallback *action,
                                                 const void **context)
{
    ucnv_getToUCallBack(converter, action, context);
}

__declspec(dllexport) void ucnv_setToUCallBack(UConverter *converter, UConverterCallback action, const void *context,
                                               UConverterCallback *old_action, const void **old_context,
                                               UErrorCode *err)
{
    (void)converter; (void)action; (void)context;
    if (old_action != NULL) *old_action = NULL;
    if (old_context != NULL) *old_context = NULL;
    fail(err, U_UNSUPPORTED_ERROR);
}

__declspec(dllexport) void ucnv_setFromUCallBack(UConverter *converter, UConverterCallback action,
                                                 const void *context, UConverterCallback *old_action,
                                                 const void **old_context, UErrorCode *err)
{
    ucnv_setToUCallBack(converter, action, context, old_action, old_context, err);
}

__declspec(dllexport) void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const UChar *units,
                                                           int32_t length, UChar32 code_point, int reason,
                                                           UErrorCode *err)
{
    (void)context; (void)args; (void)units; (void)length; (void)code_point; (void)reason;
    fail(err, U_UNSUPPORTED_ERROR);
}

__declspec(dllexport) void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *units,
                                                         int32_t length, int reason, UErrorCode *err)
{
    (void)context; (void)args; (void)units; (void)length; (void)reason;
    fail(err, U_UNSUPPORTED_ERROR);
}

__declspec(dllexport) void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offset,
                                                 UErrorCode *err)
{
    (void)args; (void)source; (void)length; (void)offset;
    fail(err, U_UNSUPPORTED_ERROR);
}

__declspec(dllexport) void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *limit,
                                                   int32_t offset, UErrorCode *err)
{
    (void)args; (void)source; (void)limit; (void)offset;
    fail(err, U_UNSUPPORTED_ERROR);
}

__declspec(dllexport) void ucnv_toUnicode(UConverter *converter, UChar **target, const UChar *target_limit,
                                          const char **source, const char *source_limit, int32_t *offsets,
                                          UBool flush, UErrorCode *err)
{
    (void)converter; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets;
    (void)flush;
    fail(err, U_UNSUPPORTED_ERROR);
}

__declspec(dllexport) void ucnv_fromUnicode(UConverter *converter, char **target, const char *target_limit,
                                            const UChar **source, const UChar *source_limit, int32_t *offsets,
                                            UBool flush, UErrorCode *err)
{
    (void)converter; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets;
    (void)flush;
    fail(err, U_UNSUPPORTED_ERROR);
}

__declspec(dllexport) int32_t ucnv_toUCountPending(const UConverter *converter, UErrorCode *err)
{
    (void)converter;
    fail(err, U_UNSUPPORTED_ERROR);
    return 0;
}

__declspec(dllexport) int32_t ucnv_fromUCountPending(const UConverter *converter, UErrorCode *err)
{
    return ucnv_toUCountPending(converter, err);
}

__declspec(dllexport) const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err)
{
    (void)name; (void)standard;
    fail(err, U_UNSUPPORTED_ERROR);
    return NULL;
}

__declspec(dllexport) int32_t ucnv_countAvailable(void) { return 0; }

__declspec(dllexport) const char *ucnv_getAvailableName(int32_t n)
{
    (void)n;
    return NULL;
}
