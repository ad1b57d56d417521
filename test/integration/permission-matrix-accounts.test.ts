import { accountSpecs } from '../helpers/permissionSubjects'
import { permissionMatrixFile } from '../helpers/permissionSuite'
import { accountTable } from '../helpers/permissionTable'

// Accounts by rank: nobody acts on a higher rank; only admins change another account's credentials or role.
permissionMatrixFile(accountTable, accountSpecs)
