/* Reference outputs for CFormatTest: each line is "format|arguments|output" as glibc prints it.
   Regenerate with: gcc -o /tmp/cf cformat_reference.c && /tmp/cf > cformat_reference.txt */
#include <stdio.h>
#include <math.h>
#define D(fmt, v) printf("%s|d:%.17g|" fmt "\n", fmt, (double)(v), v)
#define I(fmt, v) printf("%s|i:%d|" fmt "\n", fmt, (int)(v), v)
#define L(fmt, v) printf("%s|l:%lld|" fmt "\n", fmt, (long long)(v), v)
#define S(fmt, v) printf("%s|s:%s|" fmt "\n", fmt, v, v)
int main(void) {
  I("%d", 42); I("%5d", 42); I("%-5d|", 42); I("%05d", -42); I("%+d", 42); I("% d", 42); I("%.3d", 7);
  I("%8.3d", -7); I("%i", -2147483647); I("%x", 255); I("%#x", 255); I("%X", 3054); I("%#o", 8);
  I("%u", -1); I("%c", 65); I("%5c|", 66);
  L("%lld", 9007199254740993LL); L("%llu", -1LL); L("%lx", -1LL); L("%ld", -5LL);
  D("%f", 3.14159265358979); D("%.2f", 2.675); D("%.2f", 0.125); D("%.0f", 0.5); D("%.0f", 1.5);
  D("%5.2f", 3.14159); D("%-10.3f|", -1.5); D("%010.4f", -3.14159); D("%+.1f", 2.25); D("%#.0f", 3.0);
  D("%e", 12345.678); D("%.3E", 0.00012345); D("%e", 0.0); D("%.0e", 15000.0); D("%e", 1e-300);
  D("%g", 100000.0); D("%g", 1000000.0); D("%g", 0.0001); D("%g", 0.00001); D("%g", 3.14159265);
  D("%.3g", 1234.5); D("%.10g", 1.0/3); D("%#g", 1.5); D("%G", 1e-10); D("%g", 0.0); D("%g", 123456789.0);
  D("%lf", 2.5); D("%8.3g|", 0.000123456); D("%f", 1e20); D("%.15g", 0.1);
  D("%f", INFINITY); D("%e", -INFINITY); D("%F", INFINITY); D("%g", NAN); D("%5.1f|", NAN); D("%05f", -INFINITY);
  D("%a", 3.0); D("%a", 0.5);
  S("%s", "text"); S("%10s|", "right"); S("%-10s|", "left"); S("%.3s", "truncate");

  return 0;
}
