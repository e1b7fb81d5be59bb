import { WEBMAIL_MATCHES } from '@/utils/webmail/hosts';

export default defineContentScript({
  matches: WEBMAIL_MATCHES,
  main() {},
});
