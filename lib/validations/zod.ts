import { z } from 'zod';

// zod probes `new Function` to pick a faster parser; under the editor's strict CSP that
// probe is a reported violation. The schemas are small: the plain parser is enough.
z.config({ jitless: true });

export { z };
