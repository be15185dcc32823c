/** Time as the services see it; tests and the demo seeder pass their own. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
