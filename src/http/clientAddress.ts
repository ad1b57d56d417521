/**
 * Request header through which the host tells Payload's handlers the client's address (Express
 * `req.ip`, which honours `trust proxy`). The host always overwrites it, so a client cannot set it.
 */
export const clientAddressHeader = 'x-casebook-client-address'
