// A deep page of the catalogue as the app's vendor list asks for it: each vendor with its category, place, offers,
// rating (event), owner (accounts) with avatar (media), and gallery and cover (media, which needs the owner first).
export const vendorsQuery = /* GraphQL */ `
  query Vendors {
    vendors(first: 20) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          slug
          description
          address
          capacity
          priceMin
          priceMax
          status
          category {
            slug
            nameFr
            nameAr
          }
          place {
            ...PlaceFields
          }
          offers {
            id
            name
            basePrice
            includedGuests
            includes
          }
          rating
          reviewCount
          owner {
            id
            displayName
            avatar {
              id
              url
            }
          }
          gallery(first: 6) {
            id
            url
            width
            height
            alt
          }
          cover {
            id
            url
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  fragment PlaceFields on Place {
    id
    kind
    nameFr
    nameAr
    parent {
      id
      nameFr
      parent {
        id
        nameFr
      }
    }
  }
`;
